import { describe, expect, it } from 'vitest';
import { breakdownToCsv, computeEmployerCost, csvField, toCsv, words } from '../../../src/lib/cost/index.ts';
import { base, line, ok, rates } from '../../support/cost.ts';

// A small RFC 4180 reader, to check that what we write reads back field for field.
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('writes a header, one row per line and the total, and reads back', () => {
    const b = ok(computeEmployerCost({ ...base, model: 'eor', state: 'KA' }, rates));
    const rows = readCsv(breakdownToCsv(b, words.csv));
    expect(rows[0]).toEqual(['item', 'rate', 'base', 'INR', 'USD', 'source', 'as-of', 'note']);
    expect(rows).toHaveLength(b.lines.length + 2);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    expect(rows[2]).toEqual([
      'Employer PF (EPF + EPS)',
      '12%',
      'PF wages (50% of gross), capped at the ₹15,000 a month wage ceiling: ₹1,80,000 a year per hire',
      '21600',
      String(line(b, 'epf').usd), // whole dollars, apportioned so that the column adds up to the total

      'taxguru-epf-rates; livemint-labour-codes; ksandk-epf-ceiling-2026',
      '2025-11-21',
      '',
    ]);
    expect(Math.abs(line(b, 'epf').usd - 21_600 / 86.73)).toBeLessThan(1);
    expect(rows.at(-1)?.slice(0, 5)).toEqual(['Total cost', '', '', String(b.total.inr), String(b.total.usd)]);
    expect(rows.find((r) => r[0] === 'ESI')?.[7]).toMatch(/above the ESI threshold of ₹21,000 a month/);
  });
});
