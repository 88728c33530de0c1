/** Content collections: guides from MDX, data from the one content reader. Schemas live in src/schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guides.ts';
import {
  dataCollections as c,
  guidesDir,
  type DataCollectionName,
  type DataCollectionSpec,
} from './lib/content/registry.ts';
import { checkedLoader, dataLoader } from './lib/content/loader.ts';

const data = <T>(name: DataCollectionName, spec: DataCollectionSpec<T>) =>
  defineCollection({ loader: dataLoader(name), schema: spec.schema });

export const collections = {
  guides: defineCollection({
    // The reader checks every guide (front matter, MDX, components, ids) before Astro's glob loader reads them. The
    // body stays out of the store: the page renders the compiled MDX, and the reader counts words and citations.
    loader: checkedLoader(
      'guides',
      glob({
        pattern: '*.mdx',
        base: `./${guidesDir}`,
        retainBody: false,
        generateId: ({ data }) => String(data['slug']),
      }),
    ),
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
  incomeTax: data('incomeTax', c.incomeTax),
  salaryStructure: data('salaryStructure', c.salaryStructure),
  searchSynonyms: data('searchSynonyms', c.searchSynonyms),
  interviewAttributes: data('interviewAttributes', c.interviewAttributes),
  interviewSteps: data('interviewSteps', c.interviewSteps),
  skills: data('skills', c.skills),
  calculatorSettings: data('calculatorSettings', c.calculatorSettings),
  roleScopes: data('roleScopes', c.roleScopes),
  employmentBasics: data('employmentBasics', c.employmentBasics),
};
