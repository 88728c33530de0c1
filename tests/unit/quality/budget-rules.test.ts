import { describe, expect, it } from 'vitest';
import type { PageSize } from '../../../scripts/lib/quality/budget.ts';
import {
  budgetConfig,
  budgetTable,
  checkBudgets,
  formatFailure,
  reportLines,
} from '../../../scripts/lib/quality/budget-rules.ts';

describe('budgets', () => {
  const size = (page: string, over: Partial<PageSize> = {}): PageSize => ({
    page,
    html: 1000,
    css: 500,
    js: 0,
    later: 0,
    laterFiles: [],
    total: 1500,
    islands: 0,
    jsFiles: [],
    cssFiles: [],
    missing: [],
    ...over,
  });
  it('pass when every page is within its budget', () => {
    expect(
      checkBudgets([
        size('/'),
        size('/calculator/', { js: 15 * 1024, islands: 1 }),
        size('/guides/x/', { html: 30 * 1024 }),
      ]),
    ).toEqual([]);
  });
  it('fail with the page, the budget and the overrun', () => {
    const failures = checkBudgets([
      size('/sources/', { js: 300 }),
      size('/calculator/', { js: 16 * 1024, islands: 1 }),
      size('/guides/x/', { html: 31 * 1024 }),
      size('/search/', { js: 2000 }),
    ]);
    expect(failures.map(formatFailure)).toEqual([
      '/sources/: 0.3 KiB, 0.3 KiB over the 0.0 KiB budget for pages without an island ship no JavaScript',
      '/calculator/: 16.0 KiB, 1.0 KiB over the 15.0 KiB budget for calculator JavaScript',
      '/guides/x/: 31.0 KiB, 1.0 KiB over the 30.0 KiB budget for guide HTML + inline CSS',
    ]);
  });
  it('report search files a search page loads up front, without failing', () => {
    const pages = [size('/search/', { js: 2048, jsFiles: ['/_astro/s.js', '/pagefind/pagefind.js'] }), size('/')];
    expect(reportLines(pages)).toEqual([
      '/search/: search files load only after interaction (not enforced yet): loaded up front: /pagefind/pagefind.js; JavaScript up front 2.0 KiB',
    ]);
    expect(checkBudgets(pages, budgetConfig.rules)).toEqual([]);
  });
  it('print a table with one row per page', () => {
    expect(budgetTable([size('/'), size('/calculator/', { js: 2048, later: 1024, total: 3548, islands: 1 })])).toBe(
      [
        '| page         |    HTML |     CSS |      JS |   later |   total | islands |',
        '| ------------ | ------: | ------: | ------: | ------: | ------: | ------: |',
        '| /            | 1.0 KiB | 0.5 KiB | 0.0 KiB | 0.0 KiB | 1.5 KiB |       0 |',
        '| /calculator/ | 1.0 KiB | 0.5 KiB | 2.0 KiB | 1.0 KiB | 3.5 KiB |       1 |',
      ].join('\n'),
    );
  });
});
