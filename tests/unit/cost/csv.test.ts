import { describe, expect, it } from 'vitest';
import { breakdownToCsv, computeEmployerCost, csvField, toCsv, words } from '../../../src/lib/cost/index.ts';
import { base, line, ok, rates } from '../../support/cost.ts';
import { takeHomeAt } from '../../support/pay.ts';
import { payWords } from '../../../src/lib/pay/words.ts';

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
    // Every line but the vendor's markup, which an EOR does not charge.
    expect(rows.map((r) => r[0])).not.toContain('Vendor markup');
    expect(rows).toHaveLength(b.lines.length - 1 + 2);
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

  it('lists only the lines the model charges: no EOR fee for a vendor, no markup or fee for your own entity', () => {
    const names = (model: 'entity' | 'vendor' | 'contractor') =>
      readCsv(breakdownToCsv(ok(computeEmployerCost({ ...base, model, state: 'KA' }, rates)), words.csv)).map(
        (r) => r[0],
      );
    expect(names('vendor')).toContain('Vendor markup');
    expect(names('vendor')).not.toContain('EOR fee');
    expect(names('entity')).not.toContain('EOR fee');
    expect(names('entity')).not.toContain('Vendor markup');
    expect(names('contractor')).toEqual(['item', 'Gross pay', 'Total cost']);
  });

  it('opens with the assumptions, then a blank row, and ends with the take-home when given', () => {
    const b = ok(computeEmployerCost({ ...base, model: 'eor', state: 'KA' }, rates));
    const t = takeHomeAt({ salary: base.salary, state: 'KA' });
    const rows = readCsv(
      breakdownToCsv(
        b,
        words.csv,
        [
          ['State', 'Karnataka'],
          ['Link to these figures', 'https://example.org/calculator/?state=KA'],
        ],
        { result: t, words: payWords },
      ),
    );
    expect(rows.slice(0, 4)).toEqual([
      ['State', 'Karnataka'],
      ['Link to these figures', 'https://example.org/calculator/?state=KA'],
      [''],
      words.csv.header,
    ]);
    const at = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(at('CTC')).toBe(String(t.ctcAnnualInr));
    expect(at('Take-home')).toBe(String(t.takeHomeAnnualInr));
    expect(at(words.csv.month)).toBe(String(t.monthlyInr));
    // The structure's rows, from basic pay to the CTC row, add up to the CTC.
    const structure = rows.slice(
      rows.findIndex((r) => r[0] === payWords.labels.basic),
      rows.findIndex((r) => r[0] === 'CTC'),
    );
    expect(structure.reduce((n, r) => n + Number(r[1]), 0)).toBe(t.ctcAnnualInr);
  });
});
