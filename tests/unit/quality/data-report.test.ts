import { describe, expect, it } from 'vitest';
import { diffData } from '../../../scripts/lib/quality/data-diff.ts';
import { formatFigure, formatPct, renderReport } from '../../../scripts/lib/quality/data-report.ts';
import { after, before, snapshot } from '../../support/data-fixtures.ts';

describe('renderReport', () => {
  it('shows bands, figures, dates, statuses and entries added or removed, salary data first, big moves flagged', () => {
    const diffs = diffData(snapshot(before).snapshot, snapshot(after).snapshot);
    expect(renderReport(diffs, { base: 'origin/main', threshold: 0.25 })).toBe(
      [
        '## Data changes since `origin/main`',
        '',
        '⚠ 2 figures moved by more than 25%: check them against the source before merging.',
        '',
        '### Salary data sets',
        '',
        '#### `test-set` (`content/data/salaries/test-set.yaml`)',
        '',
        '| band (level / segment) | min | max |',
        '| --- | --- | --- |',
        '| mid / market | 14 → 15 (+7.1%) | 22 → 30 (+36.4%) ⚠ check: moved by 36.4% |',
        '',
        '- added: band `senior / market`',
        '- asOf 2026-04-22 → 2026-10-01',
        '- exchangeRate usd-inr-a → usd-inr-b',
        '',
        '### Exchange rates',
        '',
        '- Added:',
        '  - `usd-inr-b` (rate 88, asOf 2026-10-01)',
        '',
        '### Employer costs',
        '',
        '- `pf-ceiling`: status awaiting-verification → in-force',
        '',
        '### Facts',
        '',
        '- `markup`: max 80 → 120 (+50.0%) ⚠ check: moved by 50.0%',
        '- `markup`: text edited: label',
        '',
        '### Cities',
        '',
        '- Removed:',
        '  - `delhi`',
        '',
      ].join('\n'),
    );
  });
  it('says so when nothing changed', () => {
    const a = snapshot(before).snapshot;
    expect(renderReport(diffData(a, a), { base: 'main', threshold: 0.25 })).toBe(
      '## Data changes since `main`\n\nNo changes to the data in `content/data/`.\n',
    );
  });
  it('honours the threshold', () => {
    const f = { path: 'max', before: 100, after: 110, pct: 0.1 };
    expect([formatFigure(f, 0.25), formatFigure(f, 0.05)]).toEqual([
      '100 → 110 (+10.0%)',
      '100 → 110 (+10.0%) ⚠ check: moved by 10.0%',
    ]);
    expect([formatPct(null), formatPct(-0.125), formatPct(0)]).toEqual(['from 0', '-12.5%', '0.0%']);
  });
});
