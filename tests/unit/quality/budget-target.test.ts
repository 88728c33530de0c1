import { describe, expect, it } from 'vitest';
import { checkBudgets, targetMisses, type BudgetRule } from '../../../src/lib/quality/budget-rules.ts';
import type { PageSize } from '../../../src/lib/quality/budget.ts';

const page = (js: number): PageSize =>
  ({
    page: '/calculator/',
    html: 0,
    css: 0,
    js,
    total: js,
    islands: 1,
    jsFiles: [],
    cssFiles: [],
    missing: [],
  }) as unknown as PageSize;
const rule: BudgetRule = {
  name: 'calculator JavaScript',
  pages: '/calculator/',
  metric: 'js',
  max: 2000,
  target: 1000,
};

describe('budget targets', () => {
  it('reports a page above its target but within the ratchet, without failing it', () => {
    expect(targetMisses([page(1500)], [rule])).toHaveLength(1);
    expect(checkBudgets([page(1500)], [rule])).toEqual([]);
  });
  it('fails a page over the ratchet and stays quiet under the target', () => {
    expect(checkBudgets([page(2500)], [rule])).toHaveLength(1);
    expect(targetMisses([page(900)], [rule])).toEqual([]);
  });
});
