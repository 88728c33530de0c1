import { describe, expect, it } from 'vitest';
import { labelCells } from '../../src/lib/table-reflow.ts';

const table = (cols: string[], rows: string[][]) =>
  `<table class="data-table"><caption>C</caption><thead><tr>${cols.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows
    .map(
      (r) =>
        `<tr data-x="1"><th scope="row">${r[0]}</th>${r
          .slice(1)
          .map((c) => `<td>${c}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;

describe('table reflow labels', () => {
  it('labels every body cell with its column heading and marks the table', () => {
    const out = labelCells(
      table(
        ['Model', 'Speed', 'Cost <span class="unit">(₹ lakh)</span>', 'Best "for"'],
        [['EOR', 'Weeks', '14–22', 'x']],
      ),
    );
    expect(out).toContain('<table class="data-table reflow">');
    expect(out).toContain('<th scope="row" data-label="Model">EOR</th>');
    expect(out).toContain('<td data-label="Speed">Weeks</td>');
    expect(out).toContain('<td data-label="Cost (₹ lakh)">14–22</td>');
    expect(out).toContain('<td data-label="Best &quot;for&quot;">x</td>');
    expect(out).toContain('<tr data-x="1">');
  });
  it('marks long cells, so a phone stacks their label above them', () => {
    const long = 'A provider employs the engineer for you and runs payroll.';
    const out = labelCells(table(['a', 'b', 'c', 'd'], [['r', 'short', long, '']]));
    expect(out).toContain(`<td data-label="c" data-long>${long}</td>`);
    expect(out).toContain('<td data-label="b">short</td>');
  });
  it('leaves tables of three columns or fewer, and tables without a header row, as they are', () => {
    const narrow = table(['a', 'b', 'c'], [['r', '1', '2']]);
    expect(labelCells(narrow)).toBe(narrow);
    const headless = '<table class="data-table"><tbody><tr><td>1</td></tr></tbody></table>';
    expect(labelCells(headless)).toBe(headless);
  });
});
