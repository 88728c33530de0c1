/** The four kinds of MLOps role and their job-description templates: one entry of content/data/role-scopes.yaml. */
import { z } from 'astro/zod';
import { idSchema, sourceRefsSchema, textSchema } from './common.ts';

/** Where a template's pay band comes from: a salary data set and the levels and segments to quote. */
const payRefSchema = z
  .strictObject({
    salaryData: idSchema.describe(
      'Id of the salary data set in content/data/salaries/, e.g. mlops-engineer-india-2026.',
    ),
    levels: z
      .array(idSchema)
      .min(1, { error: 'Name at least one level of the data set, e.g. [mid, senior].' })
      .describe('Ids of the data set’s levels to quote, e.g. [mid, senior].'),
    segments: z
      .array(idSchema)
      .min(1)
      .describe('Ids of the data set’s segments to quote, e.g. [broad-market, top-employers].'),
  })
  .describe('The bands the template quotes. Figures are never typed here: they come from the data set.');

/** An interview step the template weights more, and why. */
const stepEmphasisSchema = z.strictObject({
  step: idSchema.describe('Id of a step in content/data/interview-steps.yaml.'),
  why: textSchema.describe('Why this kind of role needs more weight on the step, in one sentence.'),
});

/** One kind of MLOps role. */
export const roleScopeSchema = z.strictObject({
  id: idSchema.describe('Short unique id; the template downloads as <id>.md, e.g. platform.'),
  name: textSchema.describe('Heading of the template, e.g. "Platform MLOps engineer".'),
  title: textSchema.describe('Job title the template advertises, e.g. "MLOps engineer (platform)".'),
  focus: textSchema.describe('What the role centres on, in a few words.'),
  symptom: textSchema.describe(
    'The chooser’s answer to "what is failing for you today?" that points to this template, as a reader would say it.',
  ),
  summary: textSchema.describe('Opening paragraph of the job description: why the role exists.'),
  owns: z.array(textSchema).min(1).describe('What the role owns, one item each.'),
  mustHave: z.array(idSchema).min(1).describe('Ids of skills in content/data/skills.yaml the role cannot do without.'),
  niceToHave: z.array(idSchema).describe('Ids of skills in content/data/skills.yaml that help but can be learnt.'),
  pay: payRefSchema,
  emphasis: z.array(stepEmphasisSchema).min(1).describe('The interview steps to weight more for this role.'),
  sources: sourceRefsSchema,
});

/** A parsed role scope. */
export type RoleScope = z.infer<typeof roleScopeSchema>;
