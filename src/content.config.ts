/** Content collections: guides' front matter and the data, both from the one content reader. Schemas live in src/schemas. */
import { defineCollection } from 'astro:content';
import { guideSchema } from './schemas/guides.ts';
import { dataCollections as c, type DataCollectionName, type DataCollectionSpec } from './lib/content/registry.ts';
import { dataLoader, guidesLoader } from './lib/content/loader.ts';

const data = <T>(name: DataCollectionName, spec: DataCollectionSpec<T>) =>
  defineCollection({ loader: dataLoader(name), schema: spec.schema });

export const collections = {
  guides: defineCollection({
    loader: guidesLoader(),
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
