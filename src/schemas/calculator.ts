/** Settings of the cost calculator that editors keep in data: one entry of content/data/calculator.yaml. */
import { z } from 'astro/zod';
import { idSchema, pastDateSchema, textSchema } from './common.ts';

/** The salaries the calculator takes as plausible for one full-time hire, in lakh a year. */
export const calculatorLimitsSchema = z
  .strictObject({
    id: idSchema.describe('Always salary-limits.'),
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

/** A parsed calculator-limits entry. */
export type CalculatorLimits = z.infer<typeof calculatorLimitsSchema>;
