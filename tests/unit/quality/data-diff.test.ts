import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { diffData, diffEntry, flatten } from '../../../scripts/lib/quality/data-diff.ts';
import { after, before, rate, snapshot } from '../../support/data-fixtures.ts';

describe('flatten', () => {
  it('keys list items by id or level/segment and joins lists of plain values', () => {
    const flat = flatten({
      bands: [{ level: 'mid', segment: 'm', min: 1 }],
      levels: [{ id: 'j' }],
      sources: ['a', 'b'],
    });
    expect([...flat]).toEqual([
      ['bands[mid/m]', { item: true }],
      ['bands[mid/m].level', 'mid'],
      ['bands[mid/m].segment', 'm'],
      ['bands[mid/m].min', 1],
      ['levels[j]', { item: true }],
      ['levels[j].id', 'j'],
      ['sources', 'a, b'],
    ]);
  });
});

describe('diffEntry', () => {
  it('sorts changes into figures, short values, list items and text', () => {
    const d = diffEntry(
      'e',
      'f.yaml',
      { rate: 84, asOf: '2026-04-22', note: 'Old words.', list: [{ id: 'a' }] },
      { rate: 42, asOf: '2026-10-01', note: 'New words.', list: [{ id: 'b' }] },
    );
    expect(d).toEqual({
      id: 'e',
      file: 'f.yaml',
      figures: [{ path: 'rate', before: 84, after: 42, pct: -0.5 }],
      values: [{ path: 'asOf', before: '2026-04-22', after: '2026-10-01' }],
      addedItems: ['list[b]'],
      removedItems: ['list[a]'],
      text: ['note'],
    });
  });
});

describe('diffData', () => {
  it('reads both versions with the project parsers and lists the collections that changed', () => {
    const a = snapshot(before);
    const b = snapshot(after);
    expect([...a.problems, ...b.problems]).toEqual([]);
    expect(diffData(a.snapshot, b.snapshot).map((d) => d.name)).toEqual([
      'exchangeRates',
      'salaries',
      'facts',
      'cities',
      'employerCosts',
    ]);
    expect(diffData(a.snapshot, a.snapshot)).toEqual([]);
  });
});

describe('broken data', () => {
  const broken = { ...after, 'content/data/exchange-rates.yaml': rate('usd-inr-b', -3, '2026-10-01') };
  it('is reported with the same messages as the content check, and its collection is left out', () => {
    const b = snapshot(broken);
    expect(b.problems.map(formatProblem)).toEqual([
      'content/data/exchange-rates.yaml, line 1, entry "usd-inr-b", field "rate": The rate must be a number above zero, e.g. 84.',
    ]);
    expect(b.failed).toEqual(['exchangeRates']);
    expect(diffData(snapshot(before).snapshot, b.snapshot, b.failed).map((d) => d.name)).not.toContain('exchangeRates');
  });
  it('at the base is read as plain YAML instead (lenient mode)', () => {
    const a = snapshot(broken, true);
    expect(a.problems).toEqual([]);
    expect(a.unchecked).toEqual(['content/data/exchange-rates.yaml']);
    expect(a.snapshot.exchangeRates.get('usd-inr-b')?.data).toMatchObject({ rate: -3 });
  });
});
