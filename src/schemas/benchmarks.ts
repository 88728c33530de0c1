/** Adjacent salary benchmarks from public salary sites: one entry of content/data/benchmarks.yaml. */
import { z } from 'astro/zod';
import { countrySchema, idSchema, pastDateSchema, sourceRefsSchema, textSchema } from './common.ts';

const lakh = z
  .number()
  .positive({ error: 'Amounts are in lakh and above zero, e.g. 16 for ₹16 lakh.' })
  .max(999, { error: 'Amounts are in lakh: write 16 for ₹16 lakh.' });

/** The figures one publisher reports for one role, in lakh a year. */
export const benchmarkSchema = z.strictObject({
  id: idSchema.describe('Short unique id, e.g. glassdoor-mlops.'),
  publisher: textSchema.describe('Who reports the figures, e.g. "Glassdoor India".'),
  role: idSchema.describe('Id of the role in content/data/roles.yaml the figures are for.'),
  country: countrySchema.describe('Country of the figures.'),
  asOf: pastDateSchema.describe('The date the figures were read (YYYY-MM-DD).'),
  approximate: z
    .boolean()
    .default(false)
    .describe('True when the publisher gives the figure only roughly ("about ₹10.1 lakh").'),
  figures: z
    .strictObject({
      average: lakh.optional().describe('Average annual pay, in lakh.'),
      low: lakh.optional().describe('Bottom of the typical range, in lakh.'),
      high: lakh.optional().describe('Top of the typical range, in lakh.'),
      top: lakh.optional().describe('Highest reported pay, in lakh.'),
      entry: lakh.optional().describe('Entry-level pay, in lakh.'),
      senior: lakh.optional().describe('Senior-level pay, in lakh.'),
    })
    .refine((f) => Object.values(f).some((v) => v !== undefined), { error: 'Give at least one figure.' })
    .refine((f) => f.low === undefined || f.high === undefined || f.low <= f.high, {
      error: 'low must not be above high.',
      path: ['low'],
    })
    .refine((f) => f.high === undefined || f.top === undefined || f.high <= f.top, {
      error: 'high must not be above top.',
      path: ['high'],
    })
    .describe('Annual pay figures in lakh.'),
  note: textSchema.optional().describe('How the publisher samples, in a sentence.'),
  sources: sourceRefsSchema,
});

/** A parsed benchmark entry. */
export type Benchmark = z.infer<typeof benchmarkSchema>;
/** The figure names a benchmark may carry. */
export type BenchmarkFigure = keyof Benchmark['figures'];
