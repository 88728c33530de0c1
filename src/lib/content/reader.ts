/**
 * The one content reader: reads every data file and guide once, runs every check (schemas, statutory dates,
 * cross-file references, quoted figures against computed ones), and returns typed collections with the problems found. The build, `check:content`,
 * `data:diff` and the sitemap's dates all read content through here.
 */
import { resolve } from 'node:path';
import { datedEntryProblems } from '../cost/check-parameters.ts';
import { checkGuideClaims } from './claims-check.ts';
import { readGuides, type GuideFile } from './guides.ts';
import { checkIntegrity } from './integrity.ts';
import type { ContentProblem } from './problems.ts';
import { readCollectionFiles } from './read.ts';
import { dataCollections, guidesDir, type Collections, type DataCollectionName } from './registry.ts';
import { treeOf, type ContentTree } from './tree.ts';

/** Everything in the content folder, and everything wrong with it. */
export interface Content {
  collections: Collections;
  guides: GuideFile[];
  /** Every problem, in the order an editor fixes them: files, then statutory dates, then references. */
  problems: ContentProblem[];
  /** Files that failed their schema: their entries are missing from `collections`. */
  failedFiles: string[];
  /** Collections whose file or folder is not there at all. */
  missing: DataCollectionName[];
}

const names = Object.keys(dataCollections) as DataCollectionName[];

/** Reads and checks all content in `from` (a project root or a {@link ContentTree}). */
export function readContent(from: string | ContentTree): Content {
  const tree = treeOf(from);
  const problems: ContentProblem[] = [];
  const failedFiles: string[] = [];
  const missing: DataCollectionName[] = [];
  const collections = {} as Record<DataCollectionName, unknown>;
  for (const name of names) {
    const read = readCollectionFiles<unknown>(tree, dataCollections[name]);
    collections[name] = read.entries;
    problems.push(...read.problems);
    failedFiles.push(...read.failedFiles);
    if (read.missing) missing.push(name);
  }
  const typed = collections as Collections;
  for (const name of ['employerCosts', 'incomeTax'] as const)
    problems.push(...datedEntryProblems(dataCollections[name].path, typed[name]));
  const dataSound = problems.length === 0;
  const { guides, problems: guideProblems } = readGuides(tree, guidesDir);
  problems.push(...guideProblems);
  // References are checked once every data file reads: a missing file would make each of its ids look dangling.
  // A guide that cannot be read is left out here; the others are still checked, so one build names every mistake.
  if (dataSound) problems.push(...checkIntegrity(typed, guides));
  // Quoted figures against the site's own, once every reference resolves.
  if (problems.length === 0) problems.push(...checkGuideClaims(typed, guides));
  return { collections: typed, guides, problems, failedFiles, missing };
}

// Shared across module instances in one process: Astro loads its config and the content loaders separately.
const cache: Map<string, Content> = ((globalThis as Record<symbol, unknown>)[Symbol.for('hiring-guide:content')] ??=
  new Map<string, Content>()) as Map<string, Content>;

/** The content below the project root `root`, read once per process (see {@link forgetContent}). */
export function contentAt(root: string): Content {
  const key = resolve(root);
  let content = cache.get(key);
  if (!content) {
    content = readContent(key);
    cache.set(key, content);
  }
  return content;
}

/** Drops the cached read of `root`, after an editor changed a file (dev server). */
export function forgetContent(root: string): void {
  cache.delete(resolve(root));
}
