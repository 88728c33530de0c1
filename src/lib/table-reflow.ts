/**
 * Labels the cells of a rendered data table with their column headings, so that on a phone a table of more than
 * three columns can reflow into one block per row, each figure beside (or above) what it is.
 */
import { elementsOf, firstElement, parseHtml, serializeHtml, textOf } from './hast.ts';

/** Columns a phone shows side by side; a wider table reflows. */
const REFLOW_ABOVE_COLUMNS = 3;

/** A cell whose text runs longer than this stacks its label above it on a phone, instead of beside it. */
const LONG_CELL_CHARS = 40;

/**
 * The table HTML with `reflow` added to the table's classes and, on every body cell, `data-label` (its column
 * heading) and `data-long` when its text is long. Unchanged when the table has no header row or at most three columns.
 */
export function labelCells(html: string): string {
  const tree = parseHtml(html, { fragment: true });
  const table = firstElement(tree, 'table');
  const head = table && firstElement(table, 'thead');
  if (!table || !head) return html;
  const labels = [...elementsOf(head)].filter((e) => e.tagName === 'th').map((th) => textOf(th).replace(/ \)/g, ')'));
  if (labels.length <= REFLOW_ABOVE_COLUMNS) return html;
  const body = firstElement(table, 'tbody');
  for (const row of body ? [...elementsOf(body)].filter((e) => e.tagName === 'tr') : []) {
    const cells = row.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
    cells.forEach((cell, i) => {
      if (cell.type !== 'element') return;
      const label = labels[i];
      if (label !== undefined) cell.properties['dataLabel'] = label;
      if (textOf(cell).length > LONG_CELL_CHARS) cell.properties['dataLong'] = true;
    });
  }
  const classes = table.properties['className'];
  table.properties['className'] = [...(Array.isArray(classes) ? classes : []), 'reflow'];
  return serializeHtml(tree);
}
