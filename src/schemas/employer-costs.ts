/** Dated statutory employer-cost parameters for India: one entry of content/data/employer-costs.yaml, plus checks across entries. */
import { z } from 'astro/zod';
import {
  isOneOf,
  monthlyAmountParameterNames,
  parameterNames,
  rateParameterNames,
  stateCodes,
  stateParameterNames,
  statusNames,
  unitNames,
} from '../lib/cost/codes.ts';
import { idSchema, isoDateSchema, sourceRefsSchema, textSchema } from './common.ts';

const payThresholdSchema = z.strictObject({
  amount: z
    .number()
    .positive({ error: 'Write the pay level as a number of rupees above zero, e.g. 25000.' })
    .describe('The pay level in rupees, e.g. 25000.'),
  unit: z
    .enum(['inr-per-month', 'inr-per-half-year'])
    .describe('Whether the pay level is per month or per half-year (Tamil Nadu counts half-years).'),
  comparison: z
    .enum(['at-least', 'above'])
    .describe(
      'at-least: pay equal to the level already pays ("from ₹25,000"); above: only pay over it ("above ₹20,000").',
    ),
});

/** One dated statutory parameter, e.g. the EPF wage ceiling in force from a given day. */
export const employerCostParameterSchema = z
  .strictObject({
    id: idSchema.describe('Short unique id for this entry, e.g. pf-wage-ceiling-2014. Never reuse an id.'),
    parameter: z
      .enum(parameterNames)
      .describe('Which rule this entry records, e.g. pf-wage-ceiling or epf-employer-rate.'),
    value: z
      .number()
      .nonnegative({ error: 'The value may not be negative.' })
      .describe(
        'The number itself: a share of pay written as a fraction (12% is 0.12) or an amount in rupees (15000).',
      ),
    unit: z
      .enum(unitNames)
      .describe(
        'rate: a fraction of pay (12% is 0.12); inr-per-month / inr-per-half-year / inr-per-year: rupees for that period; inr: a one-off rupee amount.',
      ),
    state: z
      .enum(stateCodes)
      .optional()
      .describe(
        'Two-letter state code (KA, MH, TG, TN, DL, HR). Only for labour-welfare-fund and professional-tax; leave out for national rules.',
      ),
    payThreshold: payThresholdSchema
      .optional()
      .describe(
        'Professional tax only: the pay level from which this amount is due (the top slab). Lower slabs are not recorded.',
      ),
    februaryAmount: z
      .number()
      .positive({ error: 'Write the February amount as a number of rupees above zero, e.g. 300.' })
      .optional()
      .describe(
        'Professional tax written per year and deducted monthly with a different February (Karnataka, Maharashtra): the rupees deducted in February. The rest of the yearly value is deducted in 11 equal monthly parts.',
      ),
    effectiveFrom: isoDateSchema.describe(
      'First day the value applies, as YYYY-MM-DD. When no source gives one, the day from which the site records the entry, with startDateGiven: false.',
    ),
    startDateGiven: z
      .boolean()
      .optional()
      .describe(
        'false when no source gives the start date: effectiveFrom then only places the entry in time for the calculator, and pages show no start date. Leave out when the sources give it.',
      ),
    effectiveTo: isoDateSchema
      .optional()
      .describe('Last day the value applies, as YYYY-MM-DD. Leave out while it is still current.'),
    status: z
      .enum(statusNames)
      .describe(
        'in-force: checked against the source; awaiting-verification: reported but not yet confirmed (the calculator ignores it by default).',
      ),
    sources: sourceRefsSchema.describe('Ids from content/data/sources.yaml that back this value; at least one.'),
    note: textSchema.describe(
      'What the value means, written for readers: it is shown on the site. Working notes (assumed dates, what to check next) go in editorNote.',
    ),
    editorNote: textSchema
      .optional()
      .describe(
        'Working notes for editors: assumptions, what to confirm and where. Never shown on the site or in the API.',
      ),
  })
  .superRefine((e, ctx) => {
    const problem = (path: string, message: string): void =>
      void ctx.addIssue({ code: 'custom', path: [path], message });
    if (e.unit === 'rate' && e.value > 1)
      problem('value', `A rate is a fraction between 0 and 1: write 12% as 0.12 (found ${e.value}).`);
    if (isOneOf(rateParameterNames, e.parameter) && e.unit !== 'rate')
      problem('unit', `${e.parameter} is a share of pay: set unit to rate and write 12% as 0.12.`);
    if (isOneOf(monthlyAmountParameterNames, e.parameter) && e.unit !== 'inr-per-month')
      problem('unit', `${e.parameter} is a monthly rupee amount: set unit to inr-per-month.`);
    if (e.parameter === 'gratuity-payout-cap' && e.unit !== 'inr')
      problem('unit', 'gratuity-payout-cap is a one-off rupee amount: set unit to inr.');
    const perState = isOneOf(stateParameterNames, e.parameter);
    if (perState && (e.unit === 'rate' || e.unit === 'inr'))
      problem(
        'unit',
        `${e.parameter} is a rupee amount per period: use inr-per-month, inr-per-half-year or inr-per-year.`,
      );
    if (perState && e.state === undefined) problem('state', `${e.parameter} differs by state: add state, e.g. KA.`);
    if (!perState && e.state !== undefined) problem('state', `${e.parameter} is a national rule: remove state.`);
    if (e.payThreshold !== undefined && e.parameter !== 'professional-tax')
      problem('payThreshold', 'Only professional-tax entries have a pay threshold: remove payThreshold.');
    if (e.februaryAmount !== undefined && (e.parameter !== 'professional-tax' || e.unit !== 'inr-per-year'))
      problem(
        'februaryAmount',
        'Only a professional-tax entry written per year (unit inr-per-year) has a February amount: remove februaryAmount.',
      );
    else if (e.februaryAmount !== undefined && !Number.isInteger((e.value - e.februaryAmount) / 11))
      problem(
        'februaryAmount',
        `The yearly ${e.value} less the February ${e.februaryAmount} does not split into 11 equal months. Check both figures.`,
      );
    if (
      e.parameter === 'professional-tax' &&
      e.unit === 'inr-per-year' &&
      e.value > 0 &&
      e.februaryAmount === undefined
    )
      problem(
        'februaryAmount',
        'Say how the yearly professional tax is deducted: add februaryAmount (e.g. 300), or write the amount per month or per half-year.',
      );
    if (e.effectiveTo !== undefined && e.effectiveTo < e.effectiveFrom)
      problem(
        'effectiveTo',
        `effectiveTo (${e.effectiveTo}) is before effectiveFrom (${e.effectiveFrom}): swap them or fix the year.`,
      );
  });

/** A parsed employer-cost parameter entry. */
export type EmployerCostParameter = z.infer<typeof employerCostParameterSchema>;
