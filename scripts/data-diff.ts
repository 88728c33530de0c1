/** `npm run data:diff -- <base-ref> [--threshold 0.25]`: Markdown report of what changed in content/data/ since a git ref. */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/content/problems.ts';
import { dataCollections } from '../src/lib/content/registry.ts';
import { diskTree } from '../src/lib/content/tree.ts';
import { diffData } from './lib/quality/data-diff.ts';
import { renderReport } from './lib/quality/data-report.ts';
import { readSnapshot } from './lib/quality/data-snapshot.ts';
import { git, gitTree } from './lib/quality/git-tree.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { threshold: { type: 'string', default: '0.25' } },
});
const base = positionals[0] ?? 'origin/main';
const threshold = Number(values.threshold);
if (!Number.isFinite(threshold) || threshold <= 0) {
  console.error(`data:diff: --threshold must be a fraction above 0, e.g. 0.25 for 25% (got "${values.threshold}").`);
  process.exit(1);
}
try {
  git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
} catch {
  console.error(
    `data:diff: "${base}" is not a commit here. Fetch it first (in CI: actions/checkout with fetch-depth: 0).`,
  );
  process.exit(1);
}

const before = readSnapshot(gitTree(base), true);
const after = readSnapshot(diskTree(process.cwd()));

const notes = [
  ...before.unchecked.map((f) => `${f} at ${base} does not pass today's schemas; it was compared as plain YAML.`),
  ...after.failed.map((name) => `${dataCollections[name].path} was not compared: fix the problems above first.`),
];
process.stdout.write(
  renderReport(diffData(before.snapshot, after.snapshot, after.failed), {
    base,
    threshold,
    problems: after.problems.map(formatProblem),
    notes,
  }),
);
if (after.problems.length > 0) process.exitCode = 1;
