/** Checks that every id a guide's components name exists in the data: sources, facts, benchmarks, levels, bands. */
import { findBand } from '../salaries.ts';
import type { GuideFile } from './guides.ts';
import type { ComponentUse } from './guide-mdx.ts';
import type { ContentProblem } from './problems.ts';
import type { Collections } from './registry.ts';

/** "Did you mean …" for an id close to one of `known`, or nothing. */
function suggestion(id: string, known: Iterable<string>): string {
  const near = [...known].find((k) => k.includes(id) || id.includes(k) || sharedPrefix(k, id) >= Math.min(6, id.length));
  return near ? ` Did you mean "${near}"?` : '';
}

const sharedPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/** Every component prop in `guide` that names something the data does not have. */
export function checkGuideReferences(c: Collections, guide: GuideFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
  const facts = new Map(c.facts.map((f) => [f.id, f.data]));
  const benchmarks = new Map(c.benchmarks.map((b) => [b.id, b.data]));
  const sources = new Set(ids(c.sources));
  const datasets = new Map(c.salaries.map((d) => [d.id, d.data]));

  for (const use of guide.uses) {
    const p = use.props;
    const report = (message: string) =>
      problems.push({ file: guide.file, entry: guide.slug, line: use.line, column: use.column, message });
    const unknown = (prop: string, what: string, known: Iterable<string>) =>
      report(`<${use.name} ${prop}="${String(p[prop])}" /> names no ${what}.${suggestion(String(p[prop]), known)}`);
    const datasetId = typeof p['dataset'] === 'string' ? p['dataset'] : guide.data.salaryData;
    const dataset = datasets.get(datasetId);
    if (typeof p['dataset'] === 'string' && !dataset) {
      unknown('dataset', 'salary data set in content/data/salaries/', datasets.keys());
      continue;
    }
    switch (use.name satisfies ComponentUse['name']) {
      case 'Cite':
        if (!sources.has(String(p['id']))) unknown('id', 'source in content/data/sources.yaml', sources);
        break;
      case 'Fact':
        if (!facts.has(String(p['id']))) unknown('id', 'fact in content/data/facts.yaml', facts.keys());
        break;
      case 'FactReason': {
        const fact = facts.get(String(p['fact']));
        if (!fact) unknown('fact', 'fact in content/data/facts.yaml', facts.keys());
        else if (!fact.computed)
          report(`<FactReason fact="${String(p['fact'])}" />: that fact has no computed counterpart, so no reason to show. Add "computed" to it in content/data/facts.yaml, or remove the component.`);
        break;
      }
      case 'Benchmark': {
        const b = benchmarks.get(String(p['id']));
        if (!b) unknown('id', 'benchmark in content/data/benchmarks.yaml', benchmarks.keys());
        else if ((b.figures as Record<string, unknown>)[String(p['figure'])] === undefined)
          report(`<Benchmark id="${String(p['id'])}" figure="${String(p['figure'])}" />: that benchmark has no such figure. It has: ${Object.keys(b.figures).join(', ')}.`);
        break;
      }
      case 'Level':
      case 'Band':
      case 'Claim': {
        if (!dataset) break;
        const level = use.name === 'Level' ? p['id'] : p['level'];
        const levels = dataset.levels.map((l) => l.id);
        const segments = dataset.segments.map((s) => s.id);
        if (level !== undefined && !levels.includes(String(level)))
          report(`<${use.name}> names the level "${String(level)}", which ${datasetId} does not have. Its levels: ${levels.join(', ')}.`);
        else if (p['segment'] !== undefined && !segments.includes(String(p['segment'])))
          report(`<${use.name}> names the segment "${String(p['segment'])}", which ${datasetId} does not have. Its segments: ${segments.join(', ')}.`);
        else if (use.name === 'Band' && !findBand(dataset, String(level), String(p['segment'])))
          report(`<Band level="${String(level)}" segment="${String(p['segment'])}" />: ${datasetId} has no band for that level and segment.`);
        break;
      }
      default:
        break;
    }
  }
  return problems;
}
