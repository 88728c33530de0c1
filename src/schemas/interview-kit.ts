/** The interview kit: focus attributes with their 1–4 rubric (interview-attributes.yaml) and the four interview steps (interview-steps.yaml). */
import { z } from 'astro/zod';
import { idSchema, sourceRefsSchema, textSchema } from './common.ts';

/** What a score of 1, 2, 3 or 4 means for one attribute. */
const rubricSchema = z
  .strictObject({
    1: textSchema.describe('Score 1: what the interviewer saw when the attribute is missing.'),
    2: textSchema.describe('Score 2: some evidence, with clear gaps.'),
    3: textSchema.describe('Score 3: solid evidence, the level the role needs.'),
    4: textSchema.describe('Score 4: strong evidence, beyond what the role needs.'),
  })
  .describe('One short sentence per score, 1 (lowest) to 4 (highest). Write the keys as 1, 2, 3 and 4.');

/** A focus attribute an interview scores: one entry of content/data/interview-attributes.yaml. */
export const interviewAttributeSchema = z.strictObject({
  id: idSchema.describe('Short unique id the steps use, e.g. deployment-design.'),
  name: textSchema.describe('Name shown on the scorecard, e.g. "Deployment design".'),
  description: textSchema.describe('What the interviewer is looking for, in one sentence.'),
  rubric: rubricSchema,
  sources: sourceRefsSchema,
});

/** One question of a step, with what strong and weak answers sound like. */
const interviewQuestionSchema = z.strictObject({
  id: idSchema.describe('Short id, unique within the step, e.g. accuracy-drop.'),
  title: textSchema.describe('A few words naming the question, e.g. "Accuracy drop".'),
  attribute: idSchema.describe(
    'Id of the focus attribute this question tests; one of the step’s attributes. Each attribute needs at least two questions.',
  ),
  prompt: textSchema.describe('The question as the interviewer asks it.'),
  followUps: z
    .array(textSchema)
    .optional()
    .describe('Optional follow-up questions, asked when the first answer stays general.'),
  strong: z
    .array(textSchema)
    .min(1, { error: 'List at least one sign of a strong answer.' })
    .describe('What a strong answer sounds like: short signals the interviewer listens for.'),
  weak: z
    .array(textSchema)
    .min(1, { error: 'List at least one sign of a weak answer.' })
    .describe('What a weak answer sounds like.'),
});

/** One of the four interview steps: one entry of content/data/interview-steps.yaml, in running order. */
export const interviewStepSchema = z
  .strictObject({
    id: idSchema.describe('Short unique id, e.g. role-fit. Role scopes name steps by this id.'),
    number: z
      .int({ error: 'Write the step number as a whole number, e.g. 1.' })
      .min(1)
      .describe('Position in the loop, from 1.'),
    title: textSchema.describe('The step as a heading, e.g. "Confirm role fit".'),
    format: textSchema.describe('What kind of interview it is, e.g. "Screening call".'),
    minutes: z
      .int({ error: 'Write the length as a whole number of minutes, e.g. 45.' })
      .positive()
      .describe('Length in minutes. Say under `length` whether a source gives it or it is our suggestion.'),
    length: z
      .enum(['sourced', 'suggested'])
      .describe(
        'sourced: the step’s sources give this length (the screening call is ten minutes); suggested: our own.',
      ),
    purpose: textSchema.describe('What this step decides, in one or two sentences.'),
    prep: z.array(textSchema).min(1).describe('Notes the interviewer reads before the interview.'),
    questions: z.array(interviewQuestionSchema).min(1, { error: 'A step needs at least one question.' }),
    attributes: z
      .array(idSchema)
      .min(1, { error: 'A step scores at least one attribute from content/data/interview-attributes.yaml.' })
      .describe('Ids of the focus attributes this step scores, from content/data/interview-attributes.yaml.'),
    sources: sourceRefsSchema,
  })
  .superRefine((s, ctx) => {
    s.questions.forEach((q, i) => {
      if (!s.attributes.includes(q.attribute))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'attribute'],
          message: `"${q.attribute}" is not one of this step's attributes (${s.attributes.join(', ')}). Use one of them, or add it to the step's attributes.`,
        });
    });
    s.attributes.forEach((a, i) => {
      const asked = s.questions.filter((q) => q.attribute === a).length;
      if (asked < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['attributes', i],
          message: `The attribute "${a}" has ${asked} question${asked === 1 ? '' : 's'}; give it at least two (set \`attribute: ${a}\` on each).`,
        });
    });
    const seen = new Set<string>();
    s.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `The question id "${q.id}" is used twice in this step. Give each question its own id.`,
        });
      seen.add(q.id);
    });
  });

/** A parsed attribute. */
export type InterviewAttribute = z.infer<typeof interviewAttributeSchema>;
/** A parsed step. */
export type InterviewStep = z.infer<typeof interviewStepSchema>;
