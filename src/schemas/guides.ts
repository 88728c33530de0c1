/** Front matter of a guide: one Markdown file in content/guides/. */
import { z } from 'astro/zod';
import { countrySchema, idSchema, isoDateSchema, pastDateSchema, textSchema } from './common.ts';

/** A guide's front matter. */
export const guideSchema = z
  .strictObject({
    title: textSchema
      .max(60, { error: 'Keep the title to 60 characters or fewer, so search engines show it whole.' })
      .describe('Page title, at most 60 characters.'),
    description: textSchema
      .min(50, { error: 'Write a description of at least 50 characters: search results show it under the title.' })
      .max(160, { error: 'Keep the description to 160 characters or fewer, so search results show it whole.' })
      .describe('One or two sentences for search results, 50–160 characters.'),
    slug: idSchema.describe('The last part of the web address: /guides/<slug>/.'),
    role: idSchema.describe('Id of the role in content/data/roles.yaml.'),
    country: countrySchema.describe('Country the guide is about.'),
    salaryData: idSchema.describe('Id (file name) of the salary data set in content/data/salaries/ the guide shows.'),
    author: idSchema.describe('Id of the author in content/data/authors.yaml.'),
    published: pastDateSchema.describe('First publication date (YYYY-MM-DD).'),
    updated: pastDateSchema.describe(
      'Date of the last change to the text a reader would notice (YYYY-MM-DD). Pages show the later of this and the dates the cited sources were read.',
    ),
    reviewed: isoDateSchema.describe('Date an editor last checked every figure and source (YYYY-MM-DD).'),
    tags: z.array(idSchema).min(1).describe('Topics, lower case, e.g. salaries.'),
    summary: textSchema.describe('Two or three sentences shown on the home page.'),
  })
  .refine((g) => g.updated >= g.published, { error: 'updated may not be before published.', path: ['updated'] })
  .refine((g) => g.reviewed >= g.published, { error: 'reviewed may not be before published.', path: ['reviewed'] });

/** Parsed guide front matter. */
export type GuideMeta = z.infer<typeof guideSchema>;
