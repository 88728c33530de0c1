/**
 * The check the form runs before a save: the file the save would write goes through the same reader and schema as
 * `npm run check:content`, so a rule the form's fields cannot express (a minimum above its maximum, two rates in force
 * on the same days) is refused with the content check's own message.
 */
import { parse } from 'yaml';
import { datedEntryProblems } from '../cost/check-parameters.ts';
import { fieldPath, formatProblem, type ContentProblem } from '../content/problems.ts';
import { readCollectionFiles } from '../content/read.ts';
import { dataCollections, type DataCollectionName } from '../content/registry.ts';
import type { ContentTree } from '../content/tree.ts';
import type { FormCollection } from './collections.ts';

const oneFile = (path: string, text: string): ContentTree => ({
  list: (dir) => (path.startsWith(`${dir}/`) ? [path.slice(dir.length + 1)] : undefined),
  read: (p) => (p === path ? text : undefined),
});

/** Every problem in `text`, the file a save would write at `path`, as check:content prints them. */
export function formProblems(collection: FormCollection, path: string, text: string): string[] {
  const problems: ContentProblem[] = [];
  if (collection.kind === 'guides') {
    const front = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as unknown;
    const entry = (path.split('/').pop() ?? path).replace(/\.mdx?$/, '');
    const result = collection.schema.safeParse(front);
    if (!result.success)
      for (const issue of result.error.issues)
        problems.push({ file: path, entry, field: fieldPath(issue.path), message: issue.message });
  } else {
    const spec = { ...dataCollections[collection.name as DataCollectionName] };
    const read = readCollectionFiles<unknown>(oneFile(path, text), spec);
    problems.push(...read.problems);
    if (read.problems.length === 0 && (collection.name === 'employerCosts' || collection.name === 'incomeTax'))
      problems.push(...datedEntryProblems(path, read.entries as never));
  }
  return problems.map(formatProblem);
}
