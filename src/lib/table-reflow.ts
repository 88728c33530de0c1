/**
 * Labels the cells of a rendered data table with their column headings, so that on a phone a table of more than
 * three columns can reflow into one block per row, each figure beside (or above) what it is.
 */

/** Columns a phone shows side by side; a wider table reflows. */
export const REFLOW_ABOVE_COLUMNS = 3;

/** A cell whose text runs longer than this stacks its label above it on a phone, instead of beside it. */
export const LONG_CELL_CHARS = 40;

const text = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ')
    .trim();

const attr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The table HTML with `class="… reflow"` on the table and, on every body cell, `data-label` (its column heading)
 * and `data-long` when its text is long. Unchanged when the table has no header row or at most three columns.
 */
export function labelCells(html: string): string {
  const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(html);
  if (!head) return html;
  const labels = [...head[1]!.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!).replace(/ \)/g, ')'));
  if (labels.length <= REFLOW_ABOVE_COLUMNS) return html;
  const body = html.replace(/<tbody\b[^>]*>[\s\S]*?<\/tbody>/, (tbody) =>
    tbody.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (row) => {
      let i = 0;
      return row.replace(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/g, (_cell, tag: string, attrs: string, inner: string) => {
        const label = labels[i++];
        const extra =
          (label === undefined ? '' : ` data-label="${attr(label)}"`) +
          (text(inner).length > LONG_CELL_CHARS ? ' data-long' : '');
        return `<${tag}${attrs}${extra}>${inner}</${tag}>`;
      });
    }),
  );
  return body.replace(
    /<table\b([^>]*)\bclass="([^"]*)"/,
    (_m, before: string, cls: string) => `<table${before}class="${cls} reflow"`,
  );
}
