/** Employing in India, the basics: one topic per entry of content/data/employment-basics.yaml, each fact dated and sourced. */
import { z } from 'astro/zod';
import { idSchema, pastDateSchema, sourceRefsSchema, textSchema } from './common.ts';

/** One sourced statement. */
const employmentFactSchema = z.strictObject({
  text: textSchema.describe('The fact in our own words, one or two sentences. Never paste a source’s sentence.'),
  appliesTo: textSchema.describe(
    'Who the fact applies to, so a reader can tell whether it covers them: "All employers", a size of establishment or a state, e.g. "Shops and commercial establishments in Karnataka".',
  ),
  law: textSchema.optional().describe('The law or provision it rests on, e.g. "Code on Wages, 2019, s. 17".'),
  asOf: pastDateSchema.describe('The date the fact was checked against its sources (YYYY-MM-DD).'),
  sources: sourceRefsSchema,
});

/** A topic a hiring manager asks about, such as notice periods. */
export const employmentTopicSchema = z.strictObject({
  id: idSchema.describe('Short unique id; the page anchors the topic as #<id>.'),
  title: textSchema.describe('Heading, e.g. "Notice periods and probation".'),
  facts: z.array(employmentFactSchema).min(1, { error: 'A topic needs at least one sourced fact.' }),
  notCovered: textSchema
    .optional()
    .describe('What this topic leaves out because no public source we trust covers it yet.'),
});

/** A parsed topic. */
export type EmploymentTopic = z.infer<typeof employmentTopicSchema>;
