/** Single sourced figures quoted in prose (a premium, a markup, a fee): one entry of content/data/facts.yaml. */
import { z } from 'astro/zod';
import { idSchema, pastDateSchema, sourceRefsSchema, textSchema } from './common.ts';

/** How a fact's number reads: 40 → "40%", 5 → "5×", 599 → "$599 a month". */
const factUnitSchema = z
  .enum(['percent', 'times', 'usd-per-month'])
  .describe('percent: 40 shows as 40%. times: 5 shows as 5×. usd-per-month: 599 shows as "$599 a month".');

/** The figures the site computes from its own data, each with one definition (src/lib/claims.ts). */
export const claimIds = ['us-multiple', 'top-employer-premium', 'eor-uplift'] as const;

/** A computed claim's id. */
export type ClaimId = (typeof claimIds)[number];

/** The site's own counterpart to a quoted figure, and how far the two may differ before the text must show both. */
const computedCounterpartSchema = z
  .strictObject({
    claim: z
      .enum(claimIds, { error: `Use one of: ${claimIds.map((c) => `"${c}"`).join(', ')}.` })
      .describe('Id of the figure the site computes for the same thing, e.g. eor-uplift.'),
    tolerance: z
      .number()
      .nonnegative({ error: 'The tolerance may not be negative, e.g. 5 for five percentage points.' })
      .describe(
        "How far either end of the quoted range may lie from the computed one, in the fact's unit (points for percent, times for times), before the guide must show both figures.",
      ),
    reason: textSchema.describe(
      'Why the quoted and the computed figures differ, in one sentence a reader can follow. Shown beside the computed figure.',
    ),
  })
  .describe('Set when the site computes its own figure for what this fact quotes.');

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
    computed: computedCounterpartSchema.optional(),
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
