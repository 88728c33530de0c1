/** Hiring hubs and what each offers: one entry of content/data/cities.yaml. */
import { z } from 'astro/zod';
import { countrySchema, idSchema, sourceRefsSchema, textSchema } from './common.ts';

/** A city where the role is hired. */
export const citySchema = z.strictObject({
  id: idSchema.describe('Short unique id, e.g. bangalore.'),
  name: textSchema.describe('City name as shown, e.g. "Bangalore".'),
  country: countrySchema.describe('Country of the city.'),
  roles: z.array(idSchema).min(1).describe('Ids of roles this entry describes demand for.'),
  talent: textSchema.describe('Depth of the talent pool and what it is strong in.'),
  cost: textSchema.describe('Relative cost, in words (e.g. "highest").'),
  bestFor: textSchema.describe('When to hire here.'),
  sources: sourceRefsSchema,
});
