/** Renders a data diff as the Markdown comment a pull request gets: figures before → after, big moves flagged. */
import type { DataCollectionName } from '../../../src/lib/content/registry.ts';
import { flatten, type CollectionDiff, type EntryDiff, type FigureChange } from './data-diff.ts';

/** Headings for each collection, in the words editors use. */
const collectionTitles: Record<DataCollectionName, string> = {
  salaries: 'Salary data sets',
  exchangeRates: 'Exchange rates',
  employerCosts: 'Employer costs',
  incomeTax: 'Income tax (new regime)',
  salaryStructure: 'Salary structure',
  benchmarks: 'Benchmarks',
  facts: 'Facts',
  sources: 'Sources',
  cities: 'Cities',
  hiringModels: 'Hiring models',
  roleComparison: 'Role comparison',
  roles: 'Roles',
  authors: 'Authors',
  searchSynonyms: 'Search synonyms (places)',
  interviewAttributes: 'Interview attributes',
  interviewSteps: 'Interview steps',
  skills: 'Skills',
  calculatorSettings: 'Calculator settings',
  roleScopes: 'Role scopes (job descriptions)',
  employmentBasics: 'Employing in India',
};

/** `+7.1%`, `-12.5%`, or `from 0` when there is no base to compare with. */
export function formatPct(pct: number | null): string {
  if (pct === null) return 'from 0';
  const v = (pct * 100).toFixed(1);
  return `${pct > 0 ? '+' : ''}${v === '-0.0' ? '0.0' : v}%`;
}

/** True when a figure moved by more than the threshold (a move from 0 always counts). */
const isLargeMove = (f: FigureChange, threshold: number): boolean => f.pct === null || Math.abs(f.pct) > threshold;

/** `14 → 15 (+7.1%)`, with `⚠ check: moved by X%` when the move is larger than the threshold. */
export function formatFigure(f: FigureChange, threshold: number): string {
  const base = `${f.before} → ${f.after} (${formatPct(f.pct)})`;
  if (!isLargeMove(f, threshold)) return base;
  return `${base} ⚠ check: ${f.pct === null ? 'moved from 0' : `moved by ${Math.abs(f.pct * 100).toFixed(1)}%`}`;
}

const code = (s: string): string => `\`${s}\``;
const band = (path: string): string => path.replace(/^bands\[(.+)\]$/, '$1').replace('/', ' / ');

function bandTable(d: EntryDiff, threshold: number): string[] {
  const rows = new Map<string, { min?: string; max?: string }>();
  for (const f of d.figures) {
    const m = /^(bands\[[^\]]+\])\.(min|max)$/.exec(f.path);
    if (m) rows.set(m[1]!, { ...rows.get(m[1]!), [m[2]!]: formatFigure(f, threshold) });
  }
  if (rows.size === 0) return [];
  const lines = ['| band (level / segment) | min | max |', '| --- | --- | --- |'];
  for (const [path, r] of rows) lines.push(`| ${band(path)} | ${r.min ?? 'unchanged'} | ${r.max ?? 'unchanged'} |`);
  return [...lines, ''];
}

function entryLines(name: DataCollectionName, d: EntryDiff, threshold: number): string[] {
  const salary = name === 'salaries';
  const lines = salary ? [`#### ${code(d.id)} (${code(d.file)})`, '', ...bandTable(d, threshold)] : [];
  const bullet = (text: string): void => void lines.push(salary ? `- ${text}` : `- ${code(d.id)}: ${text}`);
  for (const [verb, items] of [
    ['added', d.addedItems],
    ['removed', d.removedItems],
  ] as const)
    for (const p of items) bullet(`${verb}: ${p.startsWith('bands[') ? `band ${code(band(p))}` : code(p)}`);
  for (const f of d.figures)
    if (!(salary && /^bands\[[^\]]+\]\.(min|max)$/.test(f.path))) bullet(`${f.path} ${formatFigure(f, threshold)}`);
  for (const v of d.values) bullet(`${v.path} ${v.before ?? '(none)'} → ${v.after ?? '(removed)'}`);
  if (d.text.length > 0) bullet(`text edited: ${d.text.join(', ')}`);
  return lines;
}

/** A one-line summary of an added or removed entry: its id and its figures and dates. */
function entrySummary(e: { id: string; data: unknown }): string {
  const facts = [...flatten(e.data)]
    .filter(
      ([path, v]) =>
        !path.includes('[') && (typeof v === 'number' || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))),
    )
    .map(([path, v]) => `${path} ${String(v)}`);
  return facts.length === 0 ? code(e.id) : `${code(e.id)} (${facts.join(', ')})`;
}

/** The whole Markdown report; `problems` are the formatted messages for data that cannot be read. */
export function renderReport(
  diffs: readonly CollectionDiff[],
  o: { base: string; threshold: number; problems?: readonly string[]; notes?: readonly string[] },
): string {
  const out = [`## Data changes since ${code(o.base)}`, ''];
  if (o.problems && o.problems.length > 0)
    out.push('### ⚠ Data that cannot be read', '', ...o.problems.map((p) => `- ${p}`), '');
  const large = diffs.flatMap((c) => c.changed.flatMap((d) => d.figures)).filter((f) => isLargeMove(f, o.threshold));
  if (large.length > 0)
    out.push(
      `⚠ ${large.length} figure${large.length === 1 ? '' : 's'} moved by more than ${Math.round(o.threshold * 100)}%: check ${large.length === 1 ? 'it' : 'them'} against the source before merging.`,
      '',
    );
  if (diffs.length === 0) out.push(`No changes to the data in ${code('content/data/')}.`, '');
  const order = Object.keys(collectionTitles);
  for (const c of [...diffs].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))) {
    out.push(`### ${collectionTitles[c.name]}`, '');
    if (c.added.length > 0) out.push('- Added:', ...c.added.map((e) => `  - ${entrySummary(e)}`));
    if (c.removed.length > 0) out.push('- Removed:', ...c.removed.map((e) => `  - ${entrySummary(e)}`));
    for (const d of c.changed) out.push(...entryLines(c.name, d, o.threshold));
    out.push('');
  }
  for (const n of o.notes ?? []) out.push(`_${n}_`, '');
  return `${out.join('\n').trimEnd()}\n`;
}
