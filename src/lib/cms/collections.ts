/** What the form at /admin edits: every data collection, and the guides' front matter. */
import type { z } from 'astro/zod';
import { guideSchema } from '../../schemas/guides.ts';
import { dataCollections, guidesDir, type DataCollectionName } from '../content/registry.ts';
import { labelOf } from './fields.ts';

/** One collection of the form: where its files are, how they are stored and the schema they must pass. */
export interface FormCollection {
  name: string;
  label: string;
  /** `list`: one file holding a list; `dir`: one file per entry named after its id; `guides`: front matter only. */
  kind: 'list' | 'dir' | 'guides';
  /** The file (`list`) or folder, from the project root. */
  path: string;
  schema: z.ZodType;
  /** The name the collection's custom format is registered under. */
  format: string;
}

const labels: Partial<Record<DataCollectionName, string>> = {
  salaries: 'Salary data sets',
  employerCosts: 'Employer-cost parameters',
  calculatorSettings: 'Calculator settings',
  roleComparison: 'Role comparison',
};

/** The form's collections, salary data first. */
export const formCollections: FormCollection[] = [
  ...(Object.keys(dataCollections) as DataCollectionName[])
    .sort((a, b) => Number(b === 'salaries') - Number(a === 'salaries'))
    .map((name): FormCollection => {
      const spec = dataCollections[name];
      return {
        name,
        label: labels[name] ?? labelOf(name),
        kind: spec.kind,
        path: spec.path,
        schema: spec.schema as z.ZodType,
        format: `hg-${spec.kind}-${name}`,
      };
    }),
  {
    name: 'guides',
    label: 'Guides (front matter)',
    kind: 'guides',
    path: guidesDir,
    schema: guideSchema,
    format: 'hg-guides',
  },
];

/** The `$schema` line a new file of a `dir` collection starts with (the one the build writes for editors). */
export const schemaHeader = (name: string): string =>
  `# yaml-language-server: $schema=../../../.astro/collections/${name}.schema.json\n`;
