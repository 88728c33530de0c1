/**
 * The hiring-panel summary in the browser: reads the chosen scorecard CSVs (never uploaded), and shows each
 * attribute's scores side by side in the site's data table. Parsing and combining live in src/lib/scorecard.ts.
 */
import { panelSummary, parseScorecardCsv, type PanelSummary, type Scorecard } from '../lib/scorecard.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

function table(summary: PanelSummary): HTMLElement {
  const t = el('table', undefined, 'data-table');
  t.id = 'panel-table';
  const caption = el(
    'caption',
    `Scores from 1 to 4 for ${summary.candidates.join(', ')}. A dash: not scored; blank: not part of that interview.`,
  );
  caption.id = 'panel-caption';
  const head = el('tr');
  head.append(Object.assign(el('th', 'Attribute'), { scope: 'col' }));
  for (const c of summary.columns) {
    const th = Object.assign(el('th', c.interviewer || 'Interviewer not recorded'), { scope: 'col' });
    th.append(el('span', c.stepTitle, 'unit'));
    head.append(th);
  }
  const body = el('tbody');
  for (const r of summary.rows) {
    const tr = el('tr');
    tr.append(Object.assign(el('th', r.name), { scope: 'row' }));
    for (const s of r.scores) tr.append(el('td', s === undefined ? '' : s === null ? '—' : String(s)));
    body.append(tr);
  }
  const decision = el('tr');
  decision.append(Object.assign(el('th', 'Overall decision'), { scope: 'row' }));
  for (const c of summary.columns) decision.append(el('td', c.decision ?? '—'));
  body.append(decision);
  const thead = el('thead');
  thead.append(head);
  t.append(caption, thead, body);
  const scroll = el('section', undefined, 'table-scroll');
  scroll.tabIndex = 0;
  scroll.setAttribute('aria-labelledby', caption.id);
  scroll.append(t);
  return scroll;
}

/** Wires the file input of the panel page. */
export function wirePanel(): void {
  const input = document.querySelector<HTMLInputElement>('#panel-files')!;
  const errors = document.querySelector<HTMLElement>('[data-errors]')!;
  const out = document.querySelector<HTMLElement>('[data-summary]')!;
  input.addEventListener('change', async () => {
    const cards: Scorecard[] = [];
    const problems: string[] = [];
    for (const file of input.files ?? []) {
      const parsed = parseScorecardCsv(await file.text());
      if (parsed.ok) cards.push(parsed.card);
      else problems.push(`${file.name}: ${parsed.message}`);
    }
    errors.replaceChildren(...problems.map((p) => el('p', p)));
    out.replaceChildren();
    if (cards.length === 0) return;
    const summary = panelSummary(cards);
    if (summary.candidates.length > 1)
      errors.append(
        el(
          'p',
          `These files are about ${summary.candidates.length} candidates: ${summary.candidates.join(', ')}. Load one candidate's scorecards at a time.`,
        ),
      );
    out.append(
      el('h2', `${cards.length} scorecard${cards.length === 1 ? '' : 's'} for ${summary.candidates.join(', ')}`),
      table(summary),
    );
  });
}
