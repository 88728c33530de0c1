/** How neighbouring roles differ, one dimension per entry of content/data/role-comparison.yaml. */
import { z } from 'astro/zod';
import { idSchema, sourceRefsSchema, textSchema } from './common.ts';

/** One row of the comparison: a dimension and each role's answer. */
export const roleDimensionSchema = z.strictObject({
  id: idSchema.describe('Short unique id, e.g. primary-focus.'),
  dimension: textSchema.describe('Row heading, e.g. "Primary focus".'),
  values: z
    .record(idSchema, textSchema)
    .refine((v) => Object.keys(v).length >= 2, { error: 'Compare at least two roles.' })
    .describe('Role id (from content/data/roles.yaml) → what that role looks like on this dimension.'),
  sources: sourceRefsSchema,
});
