/** A salary data set: one YAML file in content/data/salaries/, bands per seniority level and market segment. */
import { z } from 'astro/zod';
import { countrySchema, currencySchema, idSchema, pastDateSchema, sourceRefsSchema, textSchema } from './common.ts';

/** Largest plausible annual pay in lakh: a guard against figures typed in rupees instead of lakh. */
const MAX_LAKH = 1000;

/** A seniority level such as "Junior (1–3 years)". */
export const levelSchema = z
  .strictObject({
    id: idSchema.describe('Short id that bands use, e.g. junior.'),
    label: textSchema.describe('Name shown in tables, e.g. "Junior".'),
    minYears: z.number().int().min(0).describe('Fewest years of experience at this level.'),
    maxYears: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Most years of experience; leave out for an open-ended level such as "6+ years".'),
    profile: textSchema.optional().describe('Who typically sits at this level, in a few words.'),
  })
  .refine((l) => l.maxYears === undefined || l.maxYears > l.minYears, {
    error: 'maxYears must be greater than minYears.',
    path: ['maxYears'],
  });

/** A market segment: whose pay a band describes, and in which currency. */
export const segmentSchema = z.strictObject({
  id: idSchema.describe('Short id that bands use, e.g. broad-market.'),
  label: textSchema.describe('Column heading, e.g. "India broad market".'),
  country: countrySchema.describe('Country whose pay this segment describes.'),
  currency: currencySchema.describe('Currency of every band in this segment. INR amounts are in lakh.'),
  basis: textSchema.describe('What the figures measure, e.g. "base salary" or "total compensation".'),
  description: textSchema.describe('Which employers the segment covers.'),
});

/** One pay band: annual min and max for a level in a segment. */
const bandSchema = z
  .strictObject({
    level: idSchema.describe('Id of a level listed under `levels`.'),
    segment: idSchema.describe('Id of a segment listed under `segments`.'),
    currency: currencySchema.describe(
      'Must match the segment currency. INR amounts are in lakh (14 = ₹14 lakh); other currencies in whole units.',
    ),
    min: z.number().positive({ error: 'The minimum must be above zero.' }).describe('Bottom of the band, per year.'),
    max: z.number().positive({ error: 'The maximum must be above zero.' }).describe('Top of the band, per year.'),
    openEnded: z.boolean().default(false).describe('True when the top is open, shown as "₹32L+".'),
    sources: sourceRefsSchema,
  })
  .refine((b) => b.min <= b.max, {
    error: (issue) => {
      const b = issue.input as { min: number; max: number };
      return `The maximum (${b.max}) is below the minimum (${b.min}). Swap them or fix the typo.`;
    },
    path: ['max'],
  });

/** A whole data set for one role in one country. */
export const salaryDatasetSchema = z
  .strictObject({
    id: idSchema.describe('Same as the file name without .yaml.'),
    title: textSchema.describe('Title of the data set, e.g. "MLOps engineer salaries in India, 2026".'),
    role: idSchema.describe('Id of a role in content/data/roles.yaml.'),
    country: countrySchema.describe('Country the data set describes.'),
    currency: currencySchema.describe('Local currency of the data set, e.g. INR.'),
    asOf: pastDateSchema.describe('The date the figures were last checked (YYYY-MM-DD).'),
    exchangeRate: idSchema.describe(
      'Id of the rate in content/data/exchange-rates.yaml used to show local pay in US dollars.',
    ),
    usdRounding: z
      .number()
      .int()
      .positive()
      .default(1000)
      .describe('Dollar figures derived from local pay are rounded to the nearest this many dollars.'),
    sources: sourceRefsSchema,
    levels: z.array(levelSchema).min(1).describe('Seniority levels, from junior to senior.'),
    segments: z.array(segmentSchema).min(1).describe('Market segments; bands name one each.'),
    bands: z.array(bandSchema).min(1).describe('One band per level and segment.'),
  })
  .superRefine((d, ctx) => {
    const levels = new Set(d.levels.map((l) => l.id));
    const segments = new Map(d.segments.map((s) => [s.id, s]));
    reportDuplicates(
      d.levels.map((l) => l.id),
      'levels',
      'level',
      ctx,
    );
    reportDuplicates(
      d.segments.map((s) => s.id),
      'segments',
      'segment',
      ctx,
    );
    const seen = new Set<string>();
    d.bands.forEach((b, i) => {
      if (!levels.has(b.level)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'level'],
          message: `"${b.level}" is not one of the levels listed above (${[...levels].join(', ')}).`,
        });
      }
      const segment = segments.get(b.segment);
      if (!segment) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'segment'],
          message: `"${b.segment}" is not one of the segments listed above (${[...segments.keys()].join(', ')}).`,
        });
      } else if (segment.currency !== b.currency) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'currency'],
          message: `Segment "${b.segment}" is in ${segment.currency}, but this band says ${b.currency}.`,
        });
      }
      if (segment?.currency === 'INR' && b.currency === 'INR' && b.max >= MAX_LAKH) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'max'],
          message: `INR amounts are in lakh: write 14 for ₹14 lakh, not 1400000 (found ${b.max}).`,
        });
      }
      const key = `${b.level}/${b.segment}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i],
          message: `A second band for level "${b.level}" in segment "${b.segment}". Keep one.`,
        });
      }
      seen.add(key);
    });
  });

function reportDuplicates(ids: string[], field: string, what: string, ctx: z.RefinementCtx): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      ctx.addIssue({ code: 'custom', path: [field, i, 'id'], message: `The ${what} id "${id}" is used twice.` });
    }
  });
}

/** A parsed salary data set. */
export type SalaryDataset = z.infer<typeof salaryDatasetSchema>;
/** A parsed band. */
export type Band = z.infer<typeof bandSchema>;
/** A parsed level. */
export type Level = z.infer<typeof levelSchema>;
/** A parsed segment. */
export type Segment = z.infer<typeof segmentSchema>;
