/**
 * The components a guide's MDX may use, each with the props it takes. The content check reads every tag in a guide
 * against these schemas before the build renders it; src/components/guide/index.ts maps each name to its component.
 */
import { z } from 'astro/zod';
import { claimIds } from './facts.ts';
import { stateCodes } from '../lib/cost/codes.ts';

const id = (what: string) => z.string().min(1, { error: `Give the id of ${what}.` });
const datasetProp = z.string().optional().describe('Salary data set id; defaults to the guide’s own (salaryData).');
const none = z.strictObject({});

/** Props of each guide component. Figures are named by id and read from the data when the page renders. */
export const guideComponentProps = {
  Band: z.strictObject({
    level: id('a level in the guide’s salary data').describe('Level id, e.g. mid.'),
    segment: id('a segment in the guide’s salary data').describe('Segment id, e.g. broad-market.'),
    usd: z.boolean().optional().describe('Also show the range in US dollars.'),
  }),
  BandExplorer: z.strictObject({ dataset: datasetProp }),
  Benchmark: z.strictObject({
    id: id('a benchmark in content/data/benchmarks.yaml'),
    figure: id('one of the benchmark’s figures').describe('Figure name, e.g. average.'),
  }),
  Benchmarks: none,
  Calculator: z.strictObject({
    dataset: datasetProp,
    headingLevel: z
      .union([z.literal(2), z.literal(3)])
      .optional()
      .describe('Level of its heading: 2 or 3.'),
  }),
  Cite: z.strictObject({ id: id('a source in content/data/sources.yaml') }),
  Claim: z.strictObject({
    id: z.enum(claimIds, { error: `Use one of: ${claimIds.map((c) => `"${c}"`).join(', ')}.` }),
    level: z.string().optional().describe('Only this level’s figure.'),
    segment: z.string().optional().describe('Only this segment’s figure.'),
  }),
  Cities: none,
  CompactCalculator: z.strictObject({ dataset: datasetProp }),
  EorUplift: z.strictObject({ dataset: datasetProp }),
  Fact: z.strictObject({ id: id('a fact in content/data/facts.yaml') }),
  FactReason: z.strictObject({ fact: id('a fact in content/data/facts.yaml') }),
  HiringModels: none,
  Level: z.strictObject({ id: id('a level in the guide’s salary data') }),
  ModelComparison: z.strictObject({
    dataset: datasetProp,
    idPrefix: z.string().optional().describe('Prefix of its element ids, one per page.'),
    headingLevel: z
      .union([z.literal(2), z.literal(3), z.literal(4)])
      .optional()
      .describe('Level of its heading: 2, 3 or 4.'),
    indexed: z.boolean().optional().describe('Whether site search reads it here.'),
  }),
  Rate: none,
  RoleComparison: none,
  SalaryChart: z.strictObject({ dataset: datasetProp }),
  SalaryTable: z.strictObject({ dataset: datasetProp }),
  TakeHome: z.strictObject({
    dataset: datasetProp,
    state: z
      .enum(stateCodes, { error: `Use one of: ${stateCodes.join(', ')}.` })
      .optional()
      .describe('State whose professional tax applies; Karnataka by default.'),
  }),
} as const;

/** A component a guide may use. */
export type GuideComponentName = keyof typeof guideComponentProps;

/** Every component name, in order. */
export const guideComponentNames = Object.keys(guideComponentProps) as GuideComponentName[];

/** Markdown's own elements that the guide page renders through components (links get the base, headings anchors). */
export const guideOverriddenElements = ['a', 'h2', 'h3'] as const;

/**
 * Every element the guide page's component map overrides: MDX's static optimisation must leave each of these alone
 * (astro.config.mjs), or it would be written out as plain HTML and the component skipped.
 */
export const guideElementNames: readonly string[] = [...guideOverriddenElements, ...guideComponentNames];
