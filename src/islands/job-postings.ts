/**
 * The job-description page in the browser: the reader's fill-ins and pay choice go into every posting, its copies
 * (Markdown, plain text, HTML) and its downloads. The text comes from src/lib/job-post.ts, as at build time.
 */
import { placeholders, postingHtml, postingMarkdown, postingText, type Fills, type Posting } from '../lib/job-post.ts';

/** Wires the fill-in form, pay choices, copy buttons and downloads. */
export function wirePostings(): void {
  const postings = JSON.parse(document.getElementById('postings')?.textContent ?? '[]') as Posting[];
  const form = document.querySelector<HTMLFormElement>('[data-fill-ins]')!;
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  const fills = (): Fills => {
    const data = new FormData(form);
    return Object.fromEntries(placeholders.map((p) => [p.id, String(data.get(p.id) ?? '')]));
  };
  for (const p of postings) {
    const article = document.querySelector<HTMLElement>(`[data-template="${p.id}"]`)!;
    const choice = article.querySelector<HTMLElement>('[data-pay-choice]')!;
    const select = (name: string) => choice.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const payKey = () => `${select('level').value}/${select('segment').value}`;
    const view = article.querySelector<HTMLElement>('[data-posting]')!;
    const status = article.querySelector<HTMLElement>('[data-status]')!;
    const text = (format: string) =>
      format === 'md'
        ? postingMarkdown(p, fills(), payKey())
        : format === 'txt'
          ? postingText(p, fills(), payKey())
          : postingHtml(p, fills(), payKey());
    const show = () => {
      view.innerHTML = postingHtml(p, fills(), payKey(), { level: 3, mark: true });
    };
    choice.hidden = false;
    choice.addEventListener('change', show);
    form.addEventListener('input', show);
    form.addEventListener('submit', show);
    for (const button of article.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const format = button.dataset['copy']!;
        try {
          if (format === 'html')
            await navigator.clipboard.write([
              new ClipboardItem({
                'text/html': new Blob([text('html')], { type: 'text/html' }),
                'text/plain': new Blob([text('txt')], { type: 'text/plain' }),
              }),
            ]);
          else await navigator.clipboard.writeText(text(format));
          status.textContent = `Copied: ${button.textContent?.trim().replace(/^Copy /, '')}.`;
        } catch {
          status.textContent = 'Your browser did not allow copying. Use a download link instead.';
        }
      });
    }
    // With the script running, a download carries the filled text; without it, the file with its placeholders.
    for (const link of article.querySelectorAll<HTMLAnchorElement>('a[data-download]'))
      link.addEventListener('click', () => {
        const format = link.dataset['download']!;
        const type = format === 'md' ? 'text/markdown' : 'text/plain';
        const old = link.href;
        link.href = URL.createObjectURL(new Blob([text(format)], { type: `${type};charset=utf-8` }));
        setTimeout(() => {
          URL.revokeObjectURL(link.href);
          link.href = old;
        }, 1000);
      });
  }
}
