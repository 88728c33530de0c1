/**
 * A filled interview scorecard: its Markdown and CSV downloads, reading a CSV download back, the key it is kept under
 * in the browser, and the hiring panel's summary of several scorecards. Pure: the kit's script and its tests use it.
 */
import { recommendations, scores, type Recommendation, type Score } from './interview-kit.ts';

/** One attribute's score and notes. */
interface AttributeEntry {
  id: string;
  name: string;
  score: Score | null;
  notes: string;
}

/** What one interviewer recorded for one interview. */
export interface Scorecard {
  /** The interview step's id and title. */
  step: string;
  stepTitle: string;
  candidate: string;
  interviewer: string;
  /** YYYY-MM-DD, or empty. */
  date: string;
  attributes: AttributeEntry[];
  decision: Recommendation | null;
  evidence: string;
}

const notRecorded = 'not recorded';

/** The scorecard as Markdown: a heading, who and when, a table of scores, the notes and the decision. */
export function scorecardMarkdown(card: Scorecard): string {
  const cell = (text: string) =>
    text.trim() === ''
      ? '—'
      : text
          .trim()
          .replace(/\|/g, '\\|')
          .replace(/\s*\n\s*/g, ' ');
  const lines = [
    `# Scorecard: ${card.stepTitle}`,
    '',
    `- Candidate: ${card.candidate.trim() || notRecorded}`,
    `- Interviewer: ${card.interviewer.trim() || notRecorded}`,
    `- Date: ${card.date || notRecorded}`,
    '',
    '| Attribute | Score (1–4) | Notes |',
    '| --- | --- | --- |',
    ...card.attributes.map((a) => `| ${cell(a.name)} | ${a.score ?? '—'} | ${cell(a.notes)} |`),
    '',
    `**Overall decision:** ${card.decision ?? notRecorded}`,
    '',
    '## Key evidence and notes',
    '',
    card.evidence.trim() || notRecorded,
    '',
  ];
  return lines.join('\n');
}

/** The CSV's columns, in order. */
const csvColumns = ['candidate', 'interviewer', 'date', 'step', 'interview', 'item', 'name', 'score', 'notes'];
/** The `item` of the row that holds the overall decision (its `score`) and the key evidence (its `notes`). */
const overallItem = 'overall';

// A cell a spreadsheet would read as a formula gets a leading apostrophe; reading the file back removes it.
const formulaStart = /^[=+\-@\t\r]/;
const csvCell = (value: string): string => {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The scorecard as CSV: one row per attribute and one for the overall decision, each with who, when and which interview. */
export function scorecardCsv(card: Scorecard): string {
  const head = [card.candidate.trim(), card.interviewer.trim(), card.date, card.step, card.stepTitle];
  const rows = [
    csvColumns,
    ...card.attributes.map((a) => [...head, a.id, a.name, a.score === null ? '' : String(a.score), a.notes]),
    [...head, overallItem, 'Overall decision', card.decision ?? '', card.evidence],
  ];
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    cell = '';
  };
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c !== ''));
}

/** A scorecard read back from its CSV, or what is wrong with the file. */
export type ParsedScorecard = { ok: true; card: Scorecard } | { ok: false; message: string };

const isScore = (n: number): n is Score => (scores as readonly number[]).includes(n);
const isRecommendation = (s: string): s is Recommendation => (recommendations as readonly string[]).includes(s);

/** Reads a scorecard CSV this kit downloaded. Messages name the line and column, for a reader who picked a wrong file. */
export function parseScorecardCsv(text: string): ParsedScorecard {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header || header.join(',') !== csvColumns.join(','))
    return {
      ok: false,
      message: `The first line is not the kit's CSV header (${csvColumns.join(',')}). Load a scorecard CSV downloaded from the interview kit.`,
    };
  const body = rows.slice(1);
  if (body.length === 0) return { ok: false, message: 'The file has a header but no scores.' };
  const at = (r: string[], name: string) => r[csvColumns.indexOf(name)] ?? '';
  const first = body[0]!;
  const attributes: AttributeEntry[] = [];
  let decision: Recommendation | null = null;
  let evidence = '';
  let sawOverall = false;
  for (const [i, r] of body.entries()) {
    const line = i + 2;
    if (r.length !== csvColumns.length)
      return { ok: false, message: `Line ${line} has ${r.length} columns; the kit writes ${csvColumns.length}.` };
    for (const name of ['candidate', 'interviewer', 'step'])
      if (at(r, name) !== at(first, name))
        return {
          ok: false,
          message: `Line ${line}, column "${name}": "${at(r, name)}" differs from line 2; one file holds one scorecard.`,
        };
    const score = at(r, 'score');
    if (at(r, 'item') === overallItem) {
      if (score !== '' && !isRecommendation(score))
        return {
          ok: false,
          message: `Line ${line}, column "score": "${score}" is not a decision (${recommendations.join(', ')}).`,
        };
      decision = score === '' ? null : (score as Recommendation);
      evidence = at(r, 'notes');
      sawOverall = true;
      continue;
    }
    const n = Number(score);
    if (score !== '' && !isScore(n))
      return { ok: false, message: `Line ${line}, column "score": "${score}" is not a score from 1 to 4.` };
    attributes.push({
      id: at(r, 'item'),
      name: at(r, 'name'),
      score: score === '' ? null : (n as Score),
      notes: at(r, 'notes'),
    });
  }
  if (!sawOverall) return { ok: false, message: `No "${overallItem}" line with the overall decision.` };
  return {
    ok: true,
    card: {
      step: at(first, 'step'),
      stepTitle: at(first, 'interview'),
      candidate: at(first, 'candidate'),
      interviewer: at(first, 'interviewer'),
      date: at(first, 'date'),
      attributes,
      decision,
      evidence,
    },
  };
}

/** The browser storage key for one candidate's scorecard of one interview. */
export function storageKey(step: string, candidate: string): string {
  return `interview-kit:${step}:${candidate.trim().toLowerCase()}`;
}

/** The download's file name: `scorecard-scenarios-asha-rao.md`. */
export function scorecardFileName(card: Pick<Scorecard, 'step' | 'candidate'>, ext: 'md' | 'csv'): string {
  const who = card.candidate
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `scorecard-${card.step}${who ? `-${who}` : ''}.${ext}`;
}

/** One column of the panel summary: one interviewer's scorecard. */
interface PanelColumn {
  interviewer: string;
  stepTitle: string;
  decision: Recommendation | null;
}

/** The panel summary: each attribute's scores side by side, one column per scorecard; `null` where not scored. */
export interface PanelSummary {
  candidates: string[];
  columns: PanelColumn[];
  rows: { id: string; name: string; scores: (Score | null | undefined)[] }[];
}

/** Combines scorecards into one table. An attribute a scorecard does not cover is `undefined` in its column. */
export function panelSummary(cards: readonly Scorecard[]): PanelSummary {
  const rows = new Map<string, PanelSummary['rows'][number]>();
  for (const [i, card] of cards.entries())
    for (const a of card.attributes) {
      const row = rows.get(a.id) ?? {
        id: a.id,
        name: a.name,
        scores: Array<Score | null | undefined>(cards.length).fill(undefined),
      };
      row.scores[i] = a.score;
      rows.set(a.id, row);
    }
  return {
    candidates: [...new Set(cards.map((c) => c.candidate))],
    columns: cards.map((c) => ({ interviewer: c.interviewer, stepTitle: c.stepTitle, decision: c.decision })),
    rows: [...rows.values()],
  };
}
