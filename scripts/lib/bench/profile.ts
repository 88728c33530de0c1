/** `--profile`: three more runs (no OG images, Pagefind alone, CPU profile) to show where the build's time goes. */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes, formatDuration, formatFixed, formatTable, right } from '../table.ts';
import { buildSite, type BuildResult, type BuildSettings } from './build.ts';
import { selfTimeByBucket, topFunctions, type CpuProfile } from './cpuprofile.ts';
import { generateSite } from './generate.ts';
import { measure, type Run } from './measure.ts';
import { copyProject } from './project.ts';
import { phaseTable } from './report.ts';

/** What the site build's Pagefind step did when run on its own (the JSON line of index-alone.ts). */
export interface IndexReport {
  pages: number;
  ms: number;
}

/** The last JSON line of a log, read as an {@link IndexReport}; throws when there is none. */
export function indexReport(log: string): IndexReport {
  const line = log
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'));
  const report = JSON.parse(line ?? 'null') as Partial<IndexReport> | null;
  if (typeof report?.pages !== 'number' || typeof report.ms !== 'number')
    throw new Error(`Pagefind on its own printed no report:\n${log.split('\n').slice(-40).join('\n')}`);
  return { pages: report.pages, ms: report.ms };
}

/** Runs the site build's own indexing (src/integrations/pagefind.ts) over `dir`'s built dist/ in its own process. */
async function indexAlone(settings: BuildSettings, dir: string): Promise<{ run: Run; report: IndexReport }> {
  const run = await measure({
    cwd: dir,
    command: [settings.nodeBin, join(dir, 'scripts/lib/bench/index-alone.ts'), join(dir, 'dist')],
    logBase: join(settings.work, 'pagefind-alone'),
  });
  if (run.exitCode !== 0) throw new Error(`Pagefind on its own failed:\n${run.log.split('\n').slice(-40).join('\n')}`);
  return { run, report: indexReport(run.log) };
}

/** The full build beside the build without OG images, Pagefind alone, and an estimate without both. */
export function profileTable(full: BuildResult, noOg: BuildResult, alone: { run: Run; report: IndexReport }): string {
  const row = (label: string, run: Run, note: string): string[] => [
    label,
    formatDuration(run.wallMs),
    formatBytes(run.peakTreeBytes),
    formatBytes(run.maxProcessBytes),
    note,
  ];
  return formatTable(
    ['Profile run', right('Wall time'), right('Peak RSS (tree)'), right('Max RSS (1 process)'), 'Note'],
    [
      row(full.label, full.run, 'full build'),
      row(noOg.label, noOg.run, `OG images cost ${formatDuration(full.run.wallMs - noOg.run.wallMs)} of wall time`),
      row(
        'Pagefind alone (the build’s indexSite)',
        alone.run,
        `${alone.report.pages} pages indexed in ${formatDuration(alone.report.ms)}`,
      ),
      [
        'Build without OG and Pagefind (estimate)',
        formatDuration(noOg.run.wallMs - (noOg.summary.pagefind?.ms ?? 0)),
        '',
        '',
        'no-OG wall time minus its Pagefind step',
      ],
    ],
  );
}

/** A CPU profile as two tables: self time by package, and the functions with the most self time. */
export function cpuTables(profile: CpuProfile): string {
  const totals = selfTimeByBucket(profile);
  const all = totals.reduce((n, t) => n + t.ms, 0);
  const share = (ms: number): string => `${formatFixed((ms / all) * 100, 1)}%`;
  return [
    formatTable(
      ['Self time by package (main process)', right('ms'), right('share')],
      totals.slice(0, 15).map((t) => [t.bucket, formatFixed(t.ms), share(t.ms)]),
    ),
    formatTable(
      ['Function (self time; native code counts in its JS caller)', 'Where', right('ms'), right('share')],
      topFunctions(profile, 12).map((f) => [f.name, f.bucket, formatFixed(f.ms), share(f.ms)]),
    ),
  ].join('\n\n');
}

/** The largest `.cpuprofile` in `dir` (the build's main process), or undefined when none was written. */
function largestProfile(dir: string): CpuProfile | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  const largest = files.toSorted((a, b) => statSync(b).size - statSync(a).size)[0];
  return largest ? (JSON.parse(readFileSync(largest, 'utf8')) as CpuProfile) : undefined;
}

/** Where the profile runs happen: the project, the built synthetic copy and its full build, and its size. */
export interface ProfileContext {
  settings: BuildSettings;
  root: string;
  synth: string;
  full: BuildResult;
  pages: number;
  datasets: number;
}

/** Runs the profile steps over the synthetic copy and prints their tables. */
export async function runProfile({ settings, root, synth, full, pages, datasets }: ProfileContext): Promise<void> {
  console.log('\nProfiling: the site build’s Pagefind step on its own over the built dist/ …');
  const alone = await indexAlone(settings, synth);
  console.log('Profiling: building again without the OG image route (src/pages/og removed in the copy) …');
  rmSync(join(synth, 'src/pages/og'), { recursive: true, force: true });
  const noOg = await buildSite(settings, synth, `${pages} guides, no OG images`, 'synthetic-no-og', {
    command: 'astro',
  });
  console.log(`\n${profileTable(full, noOg, alone)}\n`);
  console.log(`${phaseTable([full, noOg])}\n`);

  console.log('Profiling: building the full synthetic site again under `node --cpu-prof` …');
  const profileDir = join(settings.work, 'cpu-profile');
  rmSync(synth, { recursive: true, force: true });
  copyProject(root, synth);
  generateSite(synth, pages, datasets);
  const profiled = await buildSite(settings, synth, `${pages} guides, CPU profile`, 'synthetic-cpu-prof', {
    command: 'astro',
    extraArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
  });
  const profile = largestProfile(profileDir);
  console.log(
    `\n${profile ? cpuTables(profile) : 'No CPU profile was written.'}\n(the largest profile; the build's main Node ` +
      `process only; wall time under the profiler: ${formatDuration(profiled.run.wallMs)})`,
  );
}
