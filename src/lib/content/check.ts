/** Checks all content on disk: every data file strictly, every guide's front matter, then cross-file references. */
import { readGuides } from './guides.ts';
import { checkIntegrity, type ContentSnapshot, type Located } from './integrity.ts';
import { ContentError, type Problem } from './problems.ts';
import { readCollection } from './read.ts';
import { dataCollections, guidesDir, otherCollections, type DataCollectionName } from './registry.ts';
import { checkEmployerCostParameters } from '../cost/check-parameters.ts';
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';

/** Every problem in the content below `root` (an empty list means the content is sound). */
export function checkContent(root: string): Problem[] {
  const problems: Problem[] = [];
  const loaded = {} as Record<DataCollectionName, Located<never>[]>;
  for (const [name, spec] of Object.entries(dataCollections) as [
    DataCollectionName,
    (typeof dataCollections)[DataCollectionName],
  ][]) {
    try {
      loaded[name] = readCollection<unknown>(root, spec).map((e) => ({ file: e.file, id: e.id, data: e.data as never }));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      loaded[name] = [];
    }
  }
  const costs = loaded.employerCosts as Located<EmployerCostParameter>[];
  problems.push(
    ...checkEmployerCostParameters(costs.map((e) => e.data)).map((p) => ({
      file: dataCollections.employerCosts.path,
      entry: p.id,
      field: p.field,
      message: p.message,
    })),
  );
  const { guides, problems: guideProblems } = readGuides(root, guidesDir);
  problems.push(...guideProblems);
  if (problems.length > 0) return problems;
  const snapshot: ContentSnapshot = {
    ...loaded,
    others: otherCollections.flatMap((name) => loaded[name]),
    guides,
    citations: Object.fromEntries(guides.map((g) => [g.id, g.citations])),
  };
  return checkIntegrity(snapshot);
}
