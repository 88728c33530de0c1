/** Two in-memory versions of a few data files, for the data-diff and data-report tests. */
import { readSnapshot } from '../../scripts/lib/quality/data-snapshot.ts';
import { memoryTree } from './memory-tree.ts';

const band = (level: string, min: number, max: number) =>
  `  - { level: ${level}, segment: market, currency: INR, min: ${min}, max: ${max}, sources: [s] }`;
const salaries = (asOf: string, rate: string, bands: string[]) =>
  [
    'id: test-set',
    'title: Test salaries',
    'role: r',
    'country: IN',
    'currency: INR',
    `asOf: ${asOf}`,
    `exchangeRate: ${rate}`,
    'sources: [s]',
    'levels:',
    '  - { id: junior, label: Junior, minYears: 1, maxYears: 3 }',
    '  - { id: mid, label: Mid, minYears: 3, maxYears: 6 }',
    '  - { id: senior, label: Senior, minYears: 6 }',
    'segments:',
    '  - { id: market, label: Market, country: IN, currency: INR, basis: Salary, description: All employers. }',
    'bands:',
    ...bands,
  ].join('\n');
export const rate = (id: string, value: number, asOf: string) =>
  `- { id: ${id}, base: USD, quote: INR, rate: ${value}, asOf: ${asOf}, sources: [s] }`;
const cost = (status: string) =>
  `- { id: pf-ceiling, parameter: pf-wage-ceiling, value: 25000, unit: inr-per-month, effectiveFrom: '2026-09-17', status: ${status}, sources: [s], note: Reported rise. }`;
const fact = (max: number, label = 'Vendor markup') =>
  `- { id: markup, label: ${label}, unit: percent, min: 40, max: ${max}, asOf: 2026-04-22, sources: [s] }`;
const city = (id: string) =>
  `- { id: ${id}, name: ${id}, country: IN, roles: [r], talent: Deep pool., cost: High, bestFor: Seniors., sources: [s] }`;

export const before = {
  'content/data/salaries/test-set.yaml': salaries('2026-04-22', 'usd-inr-a', [
    band('junior', 8, 14),
    band('mid', 14, 22),
  ]),
  'content/data/exchange-rates.yaml': rate('usd-inr-a', 84, '2026-04-22'),
  'content/data/employer-costs.yaml': cost('awaiting-verification'),
  'content/data/facts.yaml': fact(80),
  'content/data/cities.yaml': [city('pune'), city('delhi')].join('\n'),
};
export const after = {
  'content/data/salaries/test-set.yaml': salaries('2026-10-01', 'usd-inr-b', [
    band('junior', 8, 14),
    band('mid', 15, 30),
    band('senior', 22, 32),
  ]),
  'content/data/exchange-rates.yaml': [rate('usd-inr-a', 84, '2026-04-22'), rate('usd-inr-b', 88, '2026-10-01')].join(
    '\n',
  ),
  'content/data/employer-costs.yaml': cost('in-force'),
  'content/data/facts.yaml': fact(120, 'Staffing vendor markup'),
  'content/data/cities.yaml': city('pune'),
};
export const snapshot = (files: Record<string, string>, lenient = false) => readSnapshot(memoryTree(files), lenient);
