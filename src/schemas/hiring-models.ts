/** Ways to employ someone abroad: one entry of content/data/hiring-models.yaml. */
import { z } from 'astro/zod';
import { idSchema, sourceRefsSchema, textSchema } from './common.ts';

/** A hiring model such as an employer of record. */
export const hiringModelSchema = z.strictObject({
  id: idSchema.describe('Short unique id: entity, eor, contractor or vendor.'),
  name: textSchema.describe('Name as shown, e.g. "Employer of record (EOR)".'),
  summary: textSchema.describe('How it works, in a sentence.'),
  speed: textSchema.describe('How fast a hire can start.'),
  compliance: textSchema.describe('Who carries the legal and payroll duties.'),
  cost: textSchema.describe('What it costs on top of pay, in words.'),
  costFact: idSchema
    .optional()
    .describe('Id of the fact in content/data/facts.yaml that holds the fee or markup figure.'),
  bestFor: textSchema.describe('When this model fits.'),
  calculatorNote: textSchema.describe(
    'What the cost calculator tells a reader under its breakdown for this model: what the estimate leaves out or risks.',
  ),
  sources: sourceRefsSchema,
});
