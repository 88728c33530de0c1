/** Skills job descriptions ask for: one entry of content/data/skills.yaml, grouped as in the guide's skills section. */
import { z } from 'astro/zod';
import { idSchema, sourceRefsSchema, textSchema } from './common.ts';

/** The groups of the guide's skills section, plus the focus areas of the four kinds of role. */
const skillGroups = ['core', 'ml-operations', 'platform', 'tooling', 'communication', 'role-focus'] as const;

/** A skill. */
export const skillSchema = z.strictObject({
  id: idSchema.describe('Short unique id role scopes use, e.g. drift-monitoring.'),
  name: textSchema.describe('The skill as a job description lists it, e.g. "Drift monitoring".'),
  group: z
    .enum(skillGroups)
    .describe(
      'core: the stack every candidate needs; ml-operations, platform, tooling, communication: the guide’s other skill groups; role-focus: what one kind of role adds.',
    ),
  detail: textSchema.describe(
    'What the skill means in practice, in one sentence; job descriptions print it after the name.',
  ),
  sources: sourceRefsSchema,
});

/** A parsed skill. */
export type Skill = z.infer<typeof skillSchema>;
