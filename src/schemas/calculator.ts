/** Settings of the cost calculator that editors keep in data: one entry of content/data/calculator.yaml. */
import { z } from 'astro/zod';
import { pastDateSchema, textSchema } from './common.ts';

/** The salaries the calculator takes as plausible for one full-time hire, in lakh a year. */
const salaryLimitsSchema = z
  .strictObject({
    id: z.literal('salary-limits').describe('salary-limits: the salaries the calculator takes.'),
    floor: z
      .number()
      .positive()
      .describe(
        'Lowest salary the calculator takes, in lakh a year (1 = ₹1,00,000). Below it, the reader is asked to check.',
      ),
    ceiling: z
      .number()
      .positive()
      .describe(
        'Highest salary the calculator takes, in lakh a year (500 = ₹5 crore). Above it, the reader is asked to check.',
      ),
    asOf: pastDateSchema.describe('The date the limits were last reviewed (YYYY-MM-DD).'),
    note: textSchema.describe('Why these limits: for editors, never shown to readers.'),
  })
  .refine((l) => l.floor < l.ceiling, {
    path: ['ceiling'],
    message: 'The ceiling must be above the floor. Swap them or fix the typo.',
  });

/** The vendor markups the calculator takes, in percent of pay. */
const markupLimitsSchema = z
  .strictObject({
    id: z.literal('vendor-markup-limits').describe('vendor-markup-limits: the vendor markups the calculator takes.'),
    min: z.number().min(0).describe('Lowest markup the calculator takes, in percent of pay (write 5 for 5%).'),
    max: z
      .number()
      .positive()
      .max(300, { error: 'A markup above 300% of pay is not a staffing quote. Write percent: 150 for 150%.' })
      .describe('Highest markup the calculator takes, in percent of pay (write 150 for 150%).'),
    asOf: pastDateSchema.describe('The date the limits were last reviewed (YYYY-MM-DD).'),
    reason: textSchema.describe(
      'Why these limits, in a sentence for readers: shown after the limits when a markup outside them is typed.',
    ),
    note: textSchema.optional().describe('Anything else editors should know; never shown to readers.'),
  })
  .refine((l) => l.min < l.max, {
    path: ['max'],
    message: 'The maximum must be above the minimum. Swap them or fix the typo.',
  });

/** One calculator setting, told apart by its id. */
export const calculatorSettingSchema = z.discriminatedUnion('id', [salaryLimitsSchema, markupLimitsSchema]);
