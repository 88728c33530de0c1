/** Dated income-tax rules on salary (new regime) for India: one entry of content/data/income-tax.yaml. */
import { z } from 'astro/zod';
import { isOneOf, statusNames } from '../lib/cost/codes.ts';
import { regimeNames, reliefParameterNames, stepParameterNames, taxParameterNames } from '../lib/pay/codes.ts';
import { idSchema, isoDateSchema, sourceRefsSchema, textSchema } from './common.ts';

const stepSchema = z.strictObject({
  above: z
    .number()
    .nonnegative({ error: 'Write the income as rupees, 0 or more, e.g. 400000 for ₹4 lakh.' })
    .describe(
      'Taxable income in rupees a year above which this rate applies, e.g. 400000 (₹4 lakh). The first slab is above 0.',
    ),
  rate: z
    .number()
    .min(0)
    .max(1, { error: 'A rate is a fraction between 0 and 1: write 5% as 0.05.' })
    .describe('The rate on income above `above`, up to the next step, as a fraction: 5% is 0.05.'),
});

/** One dated income-tax rule, e.g. the new regime's slabs for a tax year. */
export const incomeTaxParameterSchema = z
  .strictObject({
    id: idSchema.describe('Short unique id for this entry, e.g. slabs-2026-27. Never reuse an id.'),
    parameter: z
      .enum(taxParameterNames)
      .describe(
        'Which rule this entry records: slabs, standard-deduction, rebate, surcharge, cess-rate or employer-pf-exemption.',
      ),
    regime: z
      .enum(regimeNames)
      .describe('new: the default tax regime. The old regime (with its exemptions and deductions) is not covered.'),
    value: z
      .number()
      .nonnegative({ error: 'The value may not be negative.' })
      .optional()
      .describe(
        'standard-deduction and employer-pf-exemption: rupees a year; rebate: the largest rebate in rupees; cess-rate: a fraction (4% is 0.04). Leave out for slabs and surcharge.',
      ),
    unit: z
      .enum(['rate', 'inr-per-year'])
      .optional()
      .describe('rate for cess-rate; inr-per-year for the rupee amounts. Leave out for slabs and surcharge.'),
    incomeLimit: z
      .number()
      .positive()
      .optional()
      .describe('rebate only: the taxable income, in rupees a year, up to which no tax is due (1200000 for ₹12 lakh).'),
    steps: z
      .array(stepSchema)
      .min(1)
      .optional()
      .describe('slabs and surcharge only: the steps of taxable income with their rates, lowest first.'),
    marginalRelief: z
      .boolean()
      .optional()
      .describe(
        'rebate and surcharge only: true when the tax may not rise by more than the income above the limit or step.',
      ),
    effectiveFrom: isoDateSchema.describe('First day of the tax year the rule applies to, as YYYY-MM-DD (1 April).'),
    startDateGiven: z
      .boolean()
      .optional()
      .describe('false when no source gives the start date. Leave out when the sources give it.'),
    effectiveTo: isoDateSchema
      .optional()
      .describe('Last day the rule applies, as YYYY-MM-DD (31 March). Leave out while it is still current.'),
    status: z
      .enum(statusNames)
      .describe(
        'in-force: checked against the source; awaiting-verification: reported but not yet confirmed (the calculation ignores it).',
      ),
    sources: sourceRefsSchema.describe('Ids from content/data/sources.yaml that back this rule; at least one.'),
    note: textSchema.describe('What the rule means, written for readers: it is shown on the site.'),
    editorNote: textSchema
      .optional()
      .describe('Working notes for editors: assumptions, what to confirm. Never shown on the site or in the API.'),
  })
  .superRefine((e, ctx) => {
    const problem = (path: string, message: string): void =>
      void ctx.addIssue({ code: 'custom', path: [path], message });
    const stepped = isOneOf(stepParameterNames, e.parameter);
    if (stepped) {
      if (e.steps === undefined)
        problem('steps', `${e.parameter} needs steps: a list of { above, rate }, lowest first.`);
      for (const field of ['value', 'unit', 'incomeLimit'] as const)
        if (e[field] !== undefined) problem(field, `${e.parameter} is written as steps: remove ${field}.`);
    } else {
      if (e.steps !== undefined) problem('steps', `Only slabs and surcharge have steps: remove steps.`);
      if (e.value === undefined) problem('value', `${e.parameter} needs a value.`);
      const unit = e.parameter === 'cess-rate' ? 'rate' : 'inr-per-year';
      if (e.unit !== unit) problem('unit', `${e.parameter} needs unit: ${unit}.`);
      if (e.unit === 'rate' && (e.value ?? 0) > 1)
        problem('value', `A rate is a fraction between 0 and 1: write 4% as 0.04 (found ${e.value}).`);
    }
    if ((e.parameter === 'rebate') !== (e.incomeLimit !== undefined))
      problem(
        'incomeLimit',
        e.parameter === 'rebate'
          ? 'The rebate needs incomeLimit: the taxable income up to which no tax is due.'
          : 'Only the rebate has an income limit: remove incomeLimit.',
      );
    if (isOneOf(reliefParameterNames, e.parameter) !== (e.marginalRelief !== undefined))
      problem(
        'marginalRelief',
        isOneOf(reliefParameterNames, e.parameter)
          ? `Say whether ${e.parameter} has a marginal relief: marginalRelief: true or false.`
          : 'Only the rebate and the surcharge have a marginal relief: remove marginalRelief.',
      );
    e.steps?.forEach((s, i, all) => {
      if (i > 0 && s.above <= all[i - 1]!.above)
        problem('steps', `Step ${i + 1} (above ${s.above}) must start above step ${i} (above ${all[i - 1]!.above}).`);
    });
    if (e.parameter === 'slabs' && e.steps !== undefined && e.steps[0]!.above !== 0)
      problem('steps', 'The first slab starts at the first rupee: write above: 0.');
    if (e.effectiveTo !== undefined && e.effectiveTo < e.effectiveFrom)
      problem(
        'effectiveTo',
        `effectiveTo (${e.effectiveTo}) is before effectiveFrom (${e.effectiveFrom}): swap them or fix the year.`,
      );
  });

/** A parsed income-tax entry. */
export type IncomeTaxParameter = z.infer<typeof incomeTaxParameterSchema>;
