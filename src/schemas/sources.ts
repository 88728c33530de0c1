/** Where a figure or claim comes from: one entry of content/data/sources.yaml. */
import { z } from 'astro/zod';
import { idSchema, pastDateSchema, textSchema, webAddressSchema } from './common.ts';

/** A source the site cites. */
export const sourceSchema = z.strictObject({
  id: idSchema.describe('Short unique id other files use to cite this source.'),
  publisher: textSchema.describe('Who published it, e.g. "Glassdoor India".'),
  title: textSchema.describe('Title of the page, report or data set.'),
  url: webAddressSchema.optional().describe('Public web address, if there is one.'),
  accessed: pastDateSchema.describe('The date the source was read (YYYY-MM-DD).'),
  via: idSchema.optional().describe('Id of the source we read this one through, when we did not read it first-hand.'),
  primary: z
    .literal(true)
    .optional()
    .describe(
      'true when the publisher sets or administers the figure (EPFO, ESIC, a gazette, a state labour department): a primary source. Leave out for everyone else.',
    ),
  note: textSchema.optional().describe('What the source covers or how to read it.'),
});

/** A parsed source entry. */
export type Source = z.infer<typeof sourceSchema>;
