/** Other names a search should also try for a place or a term: one entry of content/data/search-synonyms.yaml. */
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** A place or a term, every name it goes by, and (for a place) the wider places a search for it also covers. */
export const searchSynonymSchema = z
  .strictObject({
    id: idSchema.describe(
      'Short unique id, e.g. bengaluru or take-home. Other entries name a place’s id in their `within`.',
    ),
    names: z
      .array(textSchema)
      .min(1, { error: 'List at least one name, e.g. [Bengaluru, Bangalore].' })
      .describe(
        'Every name of the place or term, e.g. [Bengaluru, Bangalore] or [take-home, in-hand]. A search for any one also finds the others, both ways.',
      ),
    within: z
      .array(idSchema)
      .default([])
      .describe(
        'Ids of wider places (a region or state) a search for this place also finds: one way (Noida finds Delhi NCR, not the reverse) and one step.',
      ),
    note: textSchema.optional().describe('Why the names belong together, for the next editor.'),
  })
  .refine((e) => new Set(e.names.map((n) => n.toLowerCase())).size === e.names.length, {
    error: 'A name is listed twice. Remove the repeat.',
    path: ['names'],
  })
  .refine((e) => !e.within.includes(e.id), {
    error: 'A place cannot lie within itself. Remove its own id from `within`.',
    path: ['within'],
  });
