/** Content collections: guides from MDX, data from strictly checked YAML. Schemas live in src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guides.ts';
import { dataCollections as c, guidesDir, type DataCollectionSpec } from './lib/content/registry.ts';
import { strictDataLoader } from './lib/content/loader.ts';

const data = <T>(name: string, spec: DataCollectionSpec<T>) =>
  defineCollection({ loader: strictDataLoader(name, spec), schema: spec.schema });

export const collections = {
  guides: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./${guidesDir}`, generateId: ({ data: d }) => String(d['slug']) }),
    schema: guideSchema,
  }),
  sources: data('sources', c.sources),
  authors: data('authors', c.authors),
  roles: data('roles', c.roles),
  exchangeRates: data('exchangeRates', c.exchangeRates),
  salaries: data('salaries', c.salaries),
  benchmarks: data('benchmarks', c.benchmarks),
  facts: data('facts', c.facts),
  cities: data('cities', c.cities),
  hiringModels: data('hiringModels', c.hiringModels),
  roleComparison: data('roleComparison', c.roleComparison),
  employerCosts: data('employerCosts', c.employerCosts),
};
