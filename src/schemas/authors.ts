/** Who writes and reviews guides: one entry of content/data/authors.yaml. */
import { z } from 'astro/zod';
import { idSchema, textSchema, webAddressSchema } from './common.ts';

/** An author or editorial team. */
export const authorSchema = z.strictObject({
  id: idSchema.describe('Short unique id that guides use in their `author` field.'),
  name: textSchema.describe('Name as shown on the page.'),
  type: z
    .enum(['person', 'team'])
    .default('person')
    .describe('A named person, or a team writing under one name (crawlers read a team as an organisation).'),
  bio: textSchema.describe('One or two sentences on who this is.'),
  url: webAddressSchema.optional().describe('A page about the author, if public.'),
});

/** A parsed author entry. */
export type Author = z.infer<typeof authorSchema>;
