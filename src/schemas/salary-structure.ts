/** How the site splits gross pay into its usual parts, an editorial choice: one entry of content/data/salary-structure.yaml. */
import { z } from 'astro/zod';
import { idSchema, pastDateSchema, textSchema } from './common.ts';

/** The share of basic pay a structure's house rent allowance is set at. */
export const salaryStructureSchema = z.strictObject({
  id: idSchema.describe('Always house-rent-allowance.'),
  shareOfBasic: z
    .number()
    .min(0)
    .max(1, { error: 'Write the share as a fraction between 0 and 1: 40% of basic is 0.4.' })
    .describe('House rent allowance as a share of basic pay and dearness allowance, as a fraction: 40% is 0.4.'),
  asOf: pastDateSchema.describe('The date the choice was last reviewed (YYYY-MM-DD).'),
  note: textSchema.describe('Why this share, in words readers see next to the structure.'),
});
