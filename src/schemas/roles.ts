/** The job roles guides and comparisons talk about: one entry of content/data/roles.yaml. */
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** A job role. */
export const roleSchema = z.strictObject({
  id: idSchema.describe('Short unique id, e.g. mlops-engineer.'),
  name: textSchema.describe('Role name as shown on the page, e.g. "MLOps engineer".'),
  summary: textSchema.describe('One sentence on what the role is for.'),
});

/** A parsed role entry. */
export type Role = z.infer<typeof roleSchema>;
