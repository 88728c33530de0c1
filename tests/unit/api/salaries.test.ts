import { describe, expect, it } from 'vitest';
import {
  bandRecord,
  buildSalariesDocument,
  salariesCsv,
  salaryBandRecords,
  SALARY_CSV_COLUMNS,
} from '../../../src/lib/api/salaries.ts';
import type { SalaryDataset } from '../../../src/schemas/salaries.ts';
import { content, ctx, parseCsv } from '../../support/api.ts';

const input = { datasets: content.datasets, exchangeRates: content.exchangeRates, sources: content.sources };
const doc = buildSalariesDocument(input, ctx);
const find = (dataset: string, level: string, segment: string) =>
  doc.bands.find((b) => b.dataset === dataset && b.level === level && b.segment === segment)!;
const mlops = 'mlops-engineer-india-2026';

describe('the salaries document', () => {
  it('has one record per band of every data set: data sets by id, bands in the order written', () => {
    const bandKeys = (datasets: readonly SalaryDataset[]) =>
      datasets.flatMap((d) => d.bands.map((b) => `${d.id}/${b.level}/${b.segment}`));
    const sorted = content.datasets.toSorted((a, b) => a.id.localeCompare(b.id));
    const expected = bandKeys(sorted);
    expect(expected.length).toBeGreaterThan(0);
    expect(doc.bands.map((b) => `${b.dataset}/${b.level}/${b.segment}`)).toEqual(expected);
    expect(doc.datasets.map((d) => d.id)).toEqual(sorted.map((d) => d.id));
    const reversed = buildSalariesDocument({ ...input, datasets: content.datasets.toReversed() }, ctx);
    expect(reversed).toEqual(doc);
    // A copy whose id sorts first, given last: it moves to the front, whatever the input order.
    const copy = { ...content.datasets[0]!, id: 'a-copy' };
    const two = { ...input, datasets: [...content.datasets, copy] };
    const withCopy = buildSalariesDocument(two, ctx);
    expect(withCopy.datasets.map((d) => d.id)).toEqual(['a-copy', ...sorted.map((d) => d.id)]);
    expect(withCopy.bands.map((b) => `${b.dataset}/${b.level}/${b.segment}`)).toEqual(bandKeys([copy, ...sorted]));
    expect(buildSalariesDocument({ ...two, datasets: two.datasets.toReversed() }, ctx)).toEqual(withCopy);
  });

  it('carries the latest data as-of date', () => {
    expect(doc.asOf).toBe(
      content.datasets
        .map((d) => d.asOf)
        .sort()
        .at(-1),
    );
  });

  it('gives the mid broad-market band as ₹14–22 lakh, in rupees, and $17,000–$26,000 at ₹84', () => {
    expect(find(mlops, 'mid', 'broad-market')).toMatchObject({
      role: 'mlops-engineer',
      country: 'IN',
      levelLabel: 'Mid-level',
      minYears: 3,
      maxYears: 6,
      segmentLabel: 'India broad market',
      basis: 'Annual salary',
      currency: 'INR',
      min: 1_400_000,
      max: 2_200_000,
      minLakh: 14,
      maxLakh: 22,
      openEnded: false,
      usdMin: 17_000,
      usdMax: 26_000,
      usdDerived: true,
      usdRounding: 1000,
      exchangeRate: { id: 'usd-inr-2026-04', base: 'USD', quote: 'INR', rate: 84, asOf: '2026-04-22' },
      asOf: '2026-04-22',
    });
  });

  it('keeps an open top and a null maxYears for the open senior level', () => {
    expect(find(mlops, 'senior', 'broad-market')).toMatchObject({
      maxYears: null,
      openEnded: true,
      usdMin: 26_000,
      usdMax: 38_000,
    });
  });

  it('gives USD bands their own dollars, not derived: no lakh, no rate, no rounding', () => {
    expect(find(mlops, 'junior', 'us-total-comp')).toMatchObject({
      country: 'US',
      currency: 'USD',
      min: 130_000,
      max: 170_000,
      minLakh: null,
      maxLakh: null,
      usdMin: 130_000,
      usdMax: 170_000,
      usdDerived: false,
      usdRounding: null,
      exchangeRate: null,
    });
  });

  it('expands source ids into publisher, title and URL', () => {
    const band = find(mlops, 'mid', 'broad-market');
    expect(band.sources.map((s) => s.id)).toEqual(['glassdoor-mlops-india', 'kaamwork-mlops-guide']);
    for (const s of band.sources) {
      const source = content.sources.find((x) => x.id === s.id)!;
      expect(s).toEqual({
        id: s.id,
        publisher: source.publisher,
        title: source.title,
        url: source.url ?? null,
        primary: source.primary === true,
      });
    }
  });

  it('describes each data set with its rate and a link to its table', () => {
    expect(doc.datasets.find((d) => d.id === mlops)).toMatchObject({
      url: `https://api.test/salaries/#ds-${mlops}`,
      currency: 'INR',
      usdRounding: 1000,
      exchangeRate: { id: 'usd-inr-2026-04', rate: 84 },
    });
  });

  it('follows the data set’s rate: a different dated rate moves the derived dollars', () => {
    const rates = content.exchangeRates.map((r) => (r.id === 'usd-inr-2026-04' ? { ...r, rate: 100 } : r));
    const band = salaryBandRecords({ ...input, exchangeRates: rates }).find(
      (b) => b.level === 'mid' && b.segment === 'broad-market',
    )!;
    expect([band.usdMin, band.usdMax]).toEqual([14_000, 22_000]);
  });

  it('gives no dollars for a band in a currency the rate does not quote', () => {
    const d = content.datasets[0]!;
    const band = { ...d.bands[0]!, currency: 'EUR', min: 50_000, max: 60_000 };
    const rate = content.exchangeRates.find((r) => r.id === d.exchangeRate)!;
    expect(bandRecord(d, band, rate, new Map(content.sources.map((s) => [s.id, s])))).toMatchObject({
      min: 50_000,
      minLakh: null,
      usdMin: null,
      usdMax: null,
      usdDerived: false,
      exchangeRate: null,
    });
  });

  it('refuses a data set whose exchange rate is unknown', () => {
    const d = { ...content.datasets[0]!, exchangeRate: 'no-such-rate' };
    expect(() => salaryBandRecords({ ...input, datasets: [d] })).toThrow(/No entry "no-such-rate"/);
  });
});

describe('the salaries CSV', () => {
  const csv = salariesCsv(doc.bands);
  const rows = parseCsv(csv);

  it('has a header row and one row per band, each as wide as the header', () => {
    expect(rows[0]).toEqual([...SALARY_CSV_COLUMNS]);
    expect(rows).toHaveLength(doc.bands.length + 1);
    for (const row of rows) expect(row).toHaveLength(SALARY_CSV_COLUMNS.length);
  });

  it('ends every line in CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 1);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes the same values as the JSON records', () => {
    const col = (name: (typeof SALARY_CSV_COLUMNS)[number]) => SALARY_CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const b = doc.bands[i]!;
      expect(row[col('dataset')]).toBe(b.dataset);
      expect(row[col('min')]).toBe(String(b.min));
      expect(row[col('max')]).toBe(String(b.max));
      expect(row[col('minLakh')]).toBe(b.minLakh === null ? '' : String(b.minLakh));
      expect(row[col('usdMin')]).toBe(String(b.usdMin));
      expect(row[col('usdMax')]).toBe(String(b.usdMax));
      expect(row[col('openEnded')]).toBe(String(b.openEnded));
      expect(row[col('exchangeRate')]).toBe(b.exchangeRate?.id ?? '');
      expect(row[col('sources')]).toBe(b.sources.map((s) => s.id).join('; '));
    });
  });

  it('quotes fields holding commas, quotes and line breaks, doubling quotes', () => {
    const d: SalaryDataset = {
      ...content.datasets[0]!,
      levels: [{ id: 'staff', label: 'Staff, "principal"', minYears: 10 }],
      segments: [{ ...content.datasets[0]!.segments[0]!, basis: 'Base\nsalary' }],
      bands: [{ ...content.datasets[0]!.bands[0]!, level: 'staff' }],
    };
    const text = salariesCsv(salaryBandRecords({ ...input, datasets: [d] }));
    expect(text).toContain(',"Staff, ""principal""",');
    expect(text).toContain(',"Base\nsalary",');
    const parsed = parseCsv(text);
    expect(parsed).toHaveLength(2);
    expect(parsed[1]![SALARY_CSV_COLUMNS.indexOf('levelLabel')]).toBe('Staff, "principal"');
    expect(parsed[1]![SALARY_CSV_COLUMNS.indexOf('maxYears')]).toBe('');
  });
});
