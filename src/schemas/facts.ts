/** Single sourced figures quoted in prose (a premium, a markup, a fee): one entry of content/data/facts.yaml. */
import { z } from 'astro/zod';
import { idSchema, pastDateSchema, sourceRefsSchema, textSchema } from './common.ts';

/** How a fact's number reads: 40 → "40%", 5 → "5×", 599 → "$599 a month". */
export const factUnitSchema = z
  .enum(['percent', 'times', 'usd-per-month'])
  .describe('percent: 40 shows as 40%. times: 5 shows as 5×. usd-per-month: 599 shows as "$599 a month".');

/** A figure or a range of figures. */
export const factSchema = z
  .strictObject({
    id: idSchema.describe('Short unique id the guide uses, e.g. vendor-markup.'),
    label: textSchema.describe('What the figure measures, in a few words.'),
    unit: factUnitSchema,
    value: z
      .number()
      .nonnegative()
      .optional()
      .describe('The figure, when it is one number. Leave out when you give min and max.'),
    min: z.number().nonnegative().optional().describe('Low end of a range.'),
    max: z.number().nonnegative().optional().describe('High end of a range.'),
    asOf: pastDateSchema.describe('The date the figure was true (YYYY-MM-DD).'),
    sources: sourceRefsSchema,
  })
  .superRefine((f, ctx) => {
    const hasValue = f.value !== undefined;
    const hasRange = f.min !== undefined || f.max !== undefined;
    if (hasValue === hasRange) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Give either value, or both min and max.' });
    } else if (hasRange && (f.min === undefined || f.max === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [f.min === undefined ? 'min' : 'max'],
        message: 'A range needs both min and max.',
      });
    } else if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: `The maximum (${f.max}) is below the minimum (${f.min}). Swap them or fix the typo.`,
      });
    }
  });

/** A parsed fact entry. */
export type Fact = z.infer<typeof factSchema>;
