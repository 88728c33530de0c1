import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { taxRatesInForce } from '../../../src/lib/pay/tax-rates.ts';
import { readContent } from '../../../src/lib/content/reader.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { editedCopies } from '../../support/edited-content.ts';
import { TAX_DAY, taxEntries } from '../../support/pay.ts';

const copies = editedCopies('income-tax');
afterAll(copies.cleanUp);
const withEdit = (find: string | RegExp, replace: string, file = 'content/data/income-tax.yaml'): string[] =>
  copies.problems(file, find, replace);

describe('content/data/income-tax.yaml and salary-structure.yaml', () => {
  it.each(['income-tax', 'salary-structure'])('%s.yaml points editors at its schema on its first line', (name) => {
    const first = readFileSync(`content/data/${name}.yaml`, 'utf8').split('\n')[0];
    expect(first).toBe(`# yaml-language-server: $schema=./schemas/${name}.list.json`);
  });

  it('the live files give every income-tax rule for the tax year 2026-27', () => {
    const live = readContent(process.cwd()).collections.incomeTax.map((e) => e.data);
    const picked = taxRatesInForce(live, TAX_DAY);
    expect(picked.ok && picked.rates.year).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });

  it('names the rules with no entry in force on a day outside every tax year', () => {
    expect(taxRatesInForce(taxEntries, '2027-04-01')).toEqual({
      ok: false,
      missing: ['slabs', 'standard-deduction', 'rebate', 'surcharge', 'cess-rate', 'employer-pf-exemption'],
    });
  });
});

describe('an editor’s mistakes in income-tax.yaml', () => {
  it.each([
    [
      'a rate written as a percentage',
      '{ above: 400000, rate: 0.05 }',
      '{ above: 400000, rate: 5 }',
      'content/data/income-tax.yaml, line 13, entry "slabs-2026-27", field "steps[1].rate": A rate is a fraction between 0 and 1: write 5% as 0.05.',
    ],
    [
      'steps out of order',
      '{ above: 800000, rate: 0.1 }',
      '{ above: 300000, rate: 0.1 }',
      'content/data/income-tax.yaml, line 12, entry "slabs-2026-27", field "steps": Step 3 (above 300000) must start above step 2 (above 400000).',
    ],
    [
      'a rebate without its income limit',
      '  incomeLimit: 1200000\n',
      '',
      'content/data/income-tax.yaml, line 36, entry "rebate-2026-27", field "incomeLimit": The rebate needs incomeLimit: the taxable income up to which no tax is due.',
    ],
    [
      'a surcharge that does not say whether it has marginal relief',
      /(- \{ above: 20000000, rate: 0.25 \}\n)  marginalRelief: true\n/,
      '$1',
      'content/data/income-tax.yaml, line 51, entry "surcharge-2026-27", field "marginalRelief": Say whether surcharge has a marginal relief: marginalRelief: true or false.',
    ],
    [
      'a cess written in rupees',
      /(parameter: cess-rate\n  regime: new\n  value: 0.04\n)  unit: rate/,
      '$1  unit: inr-per-year',
      'content/data/income-tax.yaml, line 71, entry "cess-2026-27", field "unit": cess-rate needs unit: rate.',
    ],
    [
      'a source id that is not in sources.yaml',
      'sources: [outlookmoney-tax-slabs-2026, ciol-budget-2026-tax-act]\n  note: A health',
      'sources: [outlook-money]\n  note: A health',
      'content/data/income-tax.yaml, entry "cess-2026-27", field "sources[0]": "outlook-money" is not an id in content/data/sources.yaml. Check the spelling, or add it there first.',
    ],
  ])('%s', (_, find, replace, message) => {
    expect(withEdit(find, replace)).toEqual([message]);
  });

  it('two standard deductions in force on the same days', () => {
    const second = [
      '- id: standard-deduction-2026-27b',
      '  parameter: standard-deduction',
      '  regime: new',
      '  value: 50000',
      '  unit: inr-per-year',
      "  effectiveFrom: '2026-10-01'",
      '  status: in-force',
      '  sources: [outlookmoney-tax-slabs-2026]',
      '  note: A second deduction for the same days.',
      '- id: rebate-2026-27',
    ].join('\n');
    expect(withEdit('- id: rebate-2026-27', second)).toEqual([
      'content/data/income-tax.yaml, entry "standard-deduction-2026-27b", field "effectiveFrom": Entry "standard-deduction-2026-27b" (field effectiveFrom) and entry "standard-deduction-2026-27" are both in force for standard-deduction on the same days. End the older one with effectiveTo the day before the newer one starts, or mark one awaiting-verification.',
    ]);
  });

  it('a yearly professional tax that does not say how it is deducted', () => {
    const problems = withEdit(
      /(state: KA\n  value: 2500\n  unit: inr-per-year\n)  februaryAmount: 300\n/,
      '$1',
      'content/data/employer-costs.yaml',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /entry "pt-ka-2025", field "februaryAmount": Say how the yearly professional tax is deducted: add februaryAmount/,
    );
  });

  it('a February amount that leaves unequal months', () => {
    const problems = withEdit(
      /(state: MH\n  value: 2500\n  unit: inr-per-year\n)  februaryAmount: 300\n/,
      '$1  februaryAmount: 250\n',
      'content/data/employer-costs.yaml',
    );
    expect(problems.map((p) => p.replace(/, line \d+/, ''))).toEqual([
      'content/data/employer-costs.yaml, entry "pt-mh-2025", field "februaryAmount": The yearly 2500 less the February 250 does not split into 11 equal months. Check both figures.',
    ]);
  });
});

it('formats the problems as the content check prints them', () => {
  expect(readContent(process.cwd()).problems.map(formatProblem)).toEqual([]);
});
