/** Every editor-maintained data collection: where it lives, its schema, and whether it is one list or one file per entry. */
import type { z } from 'astro/zod';
import type { ContentEntry } from './read.ts';
import { authorSchema } from '../../schemas/authors.ts';
import { benchmarkSchema } from '../../schemas/benchmarks.ts';
import { citySchema } from '../../schemas/cities.ts';
import { exchangeRateSchema } from '../../schemas/exchange-rates.ts';
import { factSchema } from '../../schemas/facts.ts';
import { hiringModelSchema } from '../../schemas/hiring-models.ts';
import { roleDimensionSchema } from '../../schemas/role-comparison.ts';
import { roleSchema } from '../../schemas/roles.ts';
import { salaryDatasetSchema } from '../../schemas/salaries.ts';
import { sourceSchema } from '../../schemas/sources.ts';
import { employerCostParameterSchema } from '../../schemas/employer-costs.ts';
import { incomeTaxParameterSchema } from '../../schemas/income-tax.ts';
import { salaryStructureSchema } from '../../schemas/salary-structure.ts';
import { interviewAttributeSchema, interviewStepSchema } from '../../schemas/interview-kit.ts';
import { skillSchema } from '../../schemas/skills.ts';
import { calculatorSettingSchema } from '../../schemas/calculator.ts';
import { roleScopeSchema } from '../../schemas/role-scopes.ts';
import { employmentTopicSchema } from '../../schemas/employment-basics.ts';
import { searchSynonymSchema } from '../../schemas/search-synonyms.ts';

/** How a collection is stored on disk. */
export interface DataCollectionSpec<T = unknown> {
  /** `list`: one YAML file holding a list; `dir`: one YAML file per entry, named after its id. */
  kind: 'list' | 'dir';
  /** Path from the project root. */
  path: string;
  schema: z.ZodType<T>;
}

const spec = <T>(kind: 'list' | 'dir', path: string, schema: z.ZodType<T>): DataCollectionSpec<T> => ({
  kind,
  path,
  schema,
});

/** The data collections, keyed by collection name. */
export const dataCollections = {
  sources: spec('list', 'content/data/sources.yaml', sourceSchema),
  authors: spec('list', 'content/data/authors.yaml', authorSchema),
  roles: spec('list', 'content/data/roles.yaml', roleSchema),
  exchangeRates: spec('list', 'content/data/exchange-rates.yaml', exchangeRateSchema),
  salaries: spec('dir', 'content/data/salaries', salaryDatasetSchema),
  benchmarks: spec('list', 'content/data/benchmarks.yaml', benchmarkSchema),
  facts: spec('list', 'content/data/facts.yaml', factSchema),
  cities: spec('list', 'content/data/cities.yaml', citySchema),
  hiringModels: spec('list', 'content/data/hiring-models.yaml', hiringModelSchema),
  roleComparison: spec('list', 'content/data/role-comparison.yaml', roleDimensionSchema),
  employerCosts: spec('list', 'content/data/employer-costs.yaml', employerCostParameterSchema),
  incomeTax: spec('list', 'content/data/income-tax.yaml', incomeTaxParameterSchema),
  salaryStructure: spec('list', 'content/data/salary-structure.yaml', salaryStructureSchema),
  searchSynonyms: spec('list', 'content/data/search-synonyms.yaml', searchSynonymSchema),
  interviewAttributes: spec('list', 'content/data/interview-attributes.yaml', interviewAttributeSchema),
  interviewSteps: spec('list', 'content/data/interview-steps.yaml', interviewStepSchema),
  skills: spec('list', 'content/data/skills.yaml', skillSchema),
  calculatorSettings: spec('list', 'content/data/calculator.yaml', calculatorSettingSchema),
  roleScopes: spec('list', 'content/data/role-scopes.yaml', roleScopeSchema),
  employmentBasics: spec('list', 'content/data/employment-basics.yaml', employmentTopicSchema),
};

/** The collections the integrity check reads only for the sources and roles they name (its `others`). */
export const otherCollections = [
  'benchmarks',
  'cities',
  'hiringModels',
  'roleComparison',
  'employerCosts',
  'incomeTax',
] as const satisfies readonly DataCollectionName[];

/** The id of the entry a `dir` collection's file holds: its name without `.yaml` or `.yml`. */
export const entryIdOf = (file: string): string => (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');

/** Where guides live, relative to the project root. */
export const guidesDir = 'content/guides';

/** A collection name. */
export type DataCollectionName = keyof typeof dataCollections;

/** The parsed data of one entry of each collection, inferred from its schema. */
type CollectionData = { [K in DataCollectionName]: z.infer<(typeof dataCollections)[K]['schema']> };

/** Every collection's entries, typed by its schema. */
export type Collections = { [K in DataCollectionName]: ContentEntry<CollectionData[K]>[] };
