/**
 * `npm run bench`: the scale benchmark. Builds the real site and a synthetic site of N guide pages (default 1,000)
 * in temporary copies of the project and prints wall time, pages per second, peak memory and output sizes.
 *
 *   --pages N       synthetic guides to generate (default 1000)
 *   --datasets N    salary data sets they share (default 50)
 *   --keep          keep the temporary folder and print its path
 *   --skip-real     build only the synthetic site
 *   --profile       also build the synthetic site without OG images, time the Pagefind step on its own,
 *                   and build it once more under `node --cpu-prof` to list where the main process spends its time
 *   --node-args S   extra Node flags for every build, e.g. "--max-old-space-size=1024" to try a heap cap
 *
 * A measurement, not a test: it prints figures and exits 0 unless a build fails (then it prints the last 40 lines
 * of the build log and exits 1).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import {
  groupRoutes,
  parseBuildLog,
  peaksByPhase,
  phaseMarks,
  type BuildLogSummary,
  type MemorySample,
} from './lib/bench/build-log.ts';
import { selfTimeByBucket, topFunctions, type CpuProfile } from './lib/bench/cpuprofile.ts';
import {
  commandName,
  descendants,
  parentPid,
  parseTimeReport,
  statusBytes,
  type TimeReport,
} from './lib/bench/proc.ts';
import { assignment, datasetId, syntheticDataset, syntheticGuide, type DatasetLike } from './lib/bench/synthetic.ts';
import { formatBytes, formatDuration, formatFixed, formatTable, right } from './lib/table.ts';
import { readGuides } from '../src/lib/content/guides.ts';
import { readCollection } from '../src/lib/content/read.ts';
import { dataCollections, guidesDir } from '../src/lib/content/registry.ts';
import { listFiles } from './lib/quality/dist.ts';

const GOAL_MS = 60_000;
const GOAL_BYTES = 2 * 1024 ** 3;
const TIME = '/usr/bin/time';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    datasets: { type: 'string', default: '50' },
    keep: { type: 'boolean', default: false },
    'skip-real': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'node-args': { type: 'string' },
  },
});
const pages = Number(args.pages);
const datasetCount = Math.min(Number(args.datasets), pages);
if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(datasetCount) || datasetCount < 1) {
  console.error(
    'Usage: npm run bench -- [--pages N] [--datasets N] [--keep] [--skip-real] [--profile] [--node-args S]',
  );
  process.exit(2);
}

const nodeArgs = (args['node-args'] ?? '').split(/\s+/).filter(Boolean);
const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBin = findNode24();
const work = mkdtempSync(join(tmpdir(), 'hiring-bench-'));
let running: number | undefined;

const cleanUp = (): void => {
  if (args.keep) console.log(`Kept the temporary folder: ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (running !== undefined) {
      try {
        process.kill(-running, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    cleanUp();
    process.exit(130);
  });
}

/** Node 24 for the builds: this process when it is Node 24, else the project's own `node` package. */
function findNode24(): string {
  if (process.versions.node.split('.')[0] === '24') return process.execPath;
  const local = join(root, 'node_modules/node/bin/node');
  if (existsSync(local)) return local;
  console.error('Bench: needs Node 24. Run it with `npm run bench` or `npx node scripts/bench.ts`.');
  process.exit(1);
}

/** Copies the project without build output and dependencies; node_modules becomes a folder of symlinks. */
function copyProject(dest: string): void {
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);
  cpSync(root, dest, {
    recursive: true,
    filter: (src) => !(dirname(src) === root.replace(/\/$/, '') && skip.has(basename(src))),
  });
  // A folder of links rather than one link: Astro keeps its content cache in node_modules/.astro, and that
  // must stay inside the copy instead of overwriting the real project's cache.
  const modules = join(dest, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
}

/** Replaces the copy's guides and salary data sets with `pages` synthetic guides over `datasetCount` data sets. */
function generateSite(dir: string): void {
  const guidesPath = join(dir, guidesDir);
  const salariesPath = join(dir, dataCollections.salaries.path);
  const first = readGuides(dir, guidesDir).guides[0];
  if (!first) throw new Error(`No guide in ${guidesDir}/ to use as a template.`);
  const template = readFileSync(join(dir, first.file), 'utf8');
  const source = readCollection(dir, dataCollections.salaries).find((d) => d.id === first.data.salaryData);
  if (!source) throw new Error(`No salary data set "${first.data.salaryData}" for the template ${first.file}.`);
  const firstLine = readFileSync(join(dir, source.file), 'utf8').split('\n')[0]!;
  const header = firstLine.startsWith('# yaml-language-server') ? `${firstLine}\n` : '';
  const dataset = source.raw as DatasetLike;
  const roles = readCollection(dir, dataCollections.roles).map((r) => ({ id: r.id, name: r.data.name }));
  for (const dirPath of [guidesPath, salariesPath]) {
    rmSync(dirPath, { recursive: true, force: true });
    mkdirSync(dirPath, { recursive: true });
  }
  for (let j = 0; j < datasetCount; j++) {
    const role = roles[j % roles.length]!;
    const d = syntheticDataset(dataset, j, role);
    writeFileSync(join(salariesPath, `${datasetId(j, role)}.yaml`), `${header}${stringify(d, { lineWidth: 0 })}`);
  }
  for (let n = 1; n <= pages; n++) {
    const { j, role } = assignment(n, datasetCount, roles);
    const guide = syntheticGuide(template, { n, total: pages, datasetId: datasetId(j, role), role });
    writeFileSync(join(guidesPath, guide.fileName), guide.text);
  }
}

/** One measured run: wall time, memory and the log it wrote. */
interface Run {
  exitCode: number;
  wallMs: number;
  /** Largest sum of RSS over the process tree, sampled every 100 ms. */
  peakTreeBytes: number;
  /** Largest VmHWM seen for any single process of the tree. */
  maxProcessBytes: number;
  time: TimeReport;
  logPath: string;
  log: string;
  samples: MemorySample[];
}

/** Sums VmRSS over `root` and its descendants (also by command name); returns the sums and the largest VmHWM. */
function sampleTree(rootPid: number): { rss: number; hwm: number; byCommand: Record<string, number> } {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = parentPid(stat);
      if (ppid !== undefined) parents.set(Number(name), ppid);
      names.set(Number(name), commandName(stat));
    } catch {
      // the process ended between listing and reading
    }
  }
  let rss = 0;
  let hwm = 0;
  const byCommand: Record<string, number> = {};
  for (const pid of descendants(rootPid, parents)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const bytes = statusBytes(status, 'VmRSS') ?? 0;
      const command = programName(pid) ?? names.get(pid) ?? '?';
      rss += bytes;
      byCommand[command] = (byCommand[command] ?? 0) + bytes;
      hwm = Math.max(hwm, statusBytes(status, 'VmHWM') ?? 0);
    } catch {
      // ended
    }
  }
  return { rss, hwm, byCommand };
}

/** The program a process runs (`node`, `pagefind_extended`): the base name of its argv[0]. */
function programName(pid: number): string | undefined {
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return argv0 ? basename(argv0) : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds since local midnight, the clock of Astro's log stamps. */
const secondOfDay = (d: Date): number =>
  d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds() + d.getMilliseconds() / 1000;

/** Runs `command` in `cwd` under GNU time (when present), polling the process tree's memory. */
function measure(cwd: string, name: string, command: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const logPath = join(work, `${name}.log`);
  const timePath = join(work, `${name}.time`);
  const fd = openSync(logPath, 'w');
  const withTime = existsSync(TIME);
  const argv = withTime ? [TIME, '-v', '-o', timePath, ...command] : command;
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd,
    detached: true,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      PATH: `${dirname(nodeBin)}:${process.env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  running = child.pid;
  let peakTreeBytes = 0;
  let maxProcessBytes = 0;
  const samples: MemorySample[] = [];
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const s = sampleTree(child.pid);
    peakTreeBytes = Math.max(peakTreeBytes, s.rss);
    maxProcessBytes = Math.max(maxProcessBytes, s.hwm);
    samples.push({ second: secondOfDay(new Date()), total: s.rss, byCommand: s.byCommand });
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(poll);
      closeSync(fd);
      running = undefined;
      const time = withTime && existsSync(timePath) ? parseTimeReport(readFileSync(timePath, 'utf8')) : {};
      maxProcessBytes = Math.max(maxProcessBytes, time.maxRssBytes ?? 0);
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        wallMs,
        peakTreeBytes: Math.max(peakTreeBytes, maxProcessBytes),
        maxProcessBytes,
        time,
        logPath,
        log: readFileSync(logPath, 'utf8'),
        samples,
      });
    });
  });
}

/** Size and file count of a folder, and how many HTML pages it holds. */
function folderStats(dir: string): { bytes: number; files: number; html: number } {
  const files = existsSync(dir) ? listFiles(dir) : [];
  return {
    bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
    files: files.length,
    html: files.filter((f) => f.endsWith('.html')).length,
  };
}

/** A finished build and what it produced. */
interface BuildResult {
  label: string;
  run: Run;
  summary: BuildLogSummary;
  dist: { bytes: number; files: number; html: number };
  pagefind: { bytes: number; files: number; html: number };
}

/** Builds the project in `dir` (a cold build: no content cache) and measures it; exits 1 when it fails. */
async function build(
  dir: string,
  label: string,
  name: string,
  extraArgs: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
  for (const cache of ['.astro', 'node_modules/.astro', 'dist'])
    rmSync(join(dir, cache), { recursive: true, force: true });
  console.log(
    `Building ${label} … (load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  const run = await measure(dir, name, [nodeBin, ...nodeArgs, ...extraArgs, 'node_modules/.bin/astro', 'build'], env);
  if (run.exitCode !== 0) {
    console.error(`The build of ${label} failed (exit ${run.exitCode}). Last 40 lines of ${run.logPath}:`);
    console.error(run.log.trimEnd().split('\n').slice(-40).join('\n'));
    process.exitCode = 1;
    cleanUp();
    process.exit(1);
  }
  const dist = folderStats(join(dir, 'dist'));
  const pagefind = folderStats(join(dir, 'dist/pagefind'));
  console.log(`  done in ${formatDuration(run.wallMs)}, peak ${formatBytes(run.peakTreeBytes)}`);
  return { label, run, summary: parseBuildLog(run.log), dist, pagefind };
}

const routeGroups = [
  ['guide pages', /^\/guides\/[^/]+\/index\.html$/],
  ['OG images', /^\/og\//],
  ['API, feed, robots', /^\/(api\/|rss\.xml|robots\.txt)/],
] as const;

function mainTable(results: readonly BuildResult[]): string {
  return formatTable(
    [
      'Site',
      right('HTML pages'),
      right('Routes'),
      right('Wall time'),
      right('Pages/s'),
      right('Peak RSS (tree)'),
      right('Max RSS (1 process)'),
      right('CPU (user+sys)'),
      right('dist/'),
      right('dist files'),
      right('Pagefind index'),
      right('Pagefind files'),
    ],
    results.map((r) => [
      r.label,
      String(r.dist.html),
      String(r.summary.routes.length),
      formatDuration(r.run.wallMs),
      formatFixed(r.dist.html / (r.run.wallMs / 1000), 1),
      formatBytes(r.run.peakTreeBytes),
      formatBytes(r.run.maxProcessBytes),
      r.run.time.userMs === undefined ? 'n/a' : formatDuration(r.run.time.userMs + (r.run.time.systemMs ?? 0)),
      formatBytes(r.dist.bytes),
      String(r.dist.files),
      formatBytes(r.pagefind.bytes),
      String(r.pagefind.files),
    ]),
  );
}

/** A cell of the phase table: one build's route time for a group of {@link routeGroups} (or `other`), and the count. */
const routeCell =
  (name: string) =>
  (r: BuildResult): string => {
    const x = groupRoutes(r.summary.routes, routeGroups).find((g) => g.name === name);
    return x ? `${formatDuration(x.ms)} (${x.count})` : '–';
  };

/** The rows of the phase table: a label and how to fill its cell for one build. */
const phaseRows: readonly (readonly [name: string, cell: (r: BuildResult) => string])[] = [
  ['Content sync and types', (r) => formatDuration(r.summary.syncMs ?? Number.NaN)],
  ['Collecting build info (incl. sync)', (r) => formatDuration(r.summary.collectMs ?? Number.NaN)],
  ['Vite bundles (MDX compile, scripts)', (r) => r.summary.viteMs.map(formatDuration).join(' + ') || '–'],
  ['Rendering routes', (r) => formatDuration(r.summary.renderMs ?? Number.NaN)],
  ['… guide pages', routeCell('guide pages')],
  ['… OG images (satori + resvg)', routeCell('OG images')],
  ['… API, feed, robots', routeCell('API, feed, robots')],
  ['… other pages', routeCell('other')],
  [
    'Slowest route',
    (r) => {
      const slow = r.summary.routes.toSorted((a, b) => b.ms - a.ms)[0];
      return slow ? `${formatDuration(slow.ms)} ${slow.path}` : '–';
    },
  ],
  [
    'Pagefind index (build:done)',
    (r) => (r.summary.pagefind ? `${formatDuration(r.summary.pagefind.ms)} (${r.summary.pagefind.pages} pages)` : '–'),
  ],
  ['Astro total (its own clock)', (r) => formatDuration(r.summary.astroTotalMs ?? Number.NaN)],
  ['Wall time (incl. Node start-up)', (r) => formatDuration(r.run.wallMs)],
];

function phaseTable(results: readonly BuildResult[]): string {
  return formatTable(
    ['Phase (from the build log)', ...results.map((r) => right(r.label))],
    phaseRows.map(([name, cell]) => [name, ...results.map((r) => cell(r))]),
  );
}

/** Peak memory of each build phase, and which processes made it up (`time` is GNU time itself). */
function memoryTable(r: BuildResult): string {
  const rows = peaksByPhase(r.run.samples, phaseMarks(r.run.log)).map((p) => [
    p.name,
    `${formatFixed(p.seconds)} s`,
    formatBytes(p.peak?.total ?? Number.NaN),
    Object.entries(p.peak?.byCommand ?? {})
      .filter(([, bytes]) => bytes > 16 * 1024 ** 2)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
      .join(' + '),
  ]);
  return formatTable([`Phase (${r.label})`, right('Length'), right('Peak RSS (tree)'), 'At the peak'], rows);
}

/** Runs the Pagefind Node API over a built dist/ in its own process, measuring its time and memory. */
async function pagefindAlone(
  dir: string,
): Promise<{ run: Run; report: { pages: number; addMs: number; totalMs: number } }> {
  const script = join(dir, 'bench-pagefind.mjs');
  writeFileSync(
    script,
    `import * as pagefind from 'pagefind';
const [site, out] = process.argv.slice(2);
const t0 = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: site });
const t1 = performance.now();
const written = await index.writeFiles({ outputPath: out });
await pagefind.close();
const problems = [...added.errors, ...written.errors];
if (problems.length > 0) throw new Error(problems.join('; '));
console.log(JSON.stringify({ pages: added.page_count, addMs: t1 - t0, totalMs: performance.now() - t0 }));
`,
  );
  const out = join(dir, 'dist/pagefind-bench');
  const run = await measure(dir, 'pagefind-alone', [nodeBin, script, join(dir, 'dist'), out]);
  rmSync(out, { recursive: true, force: true });
  if (run.exitCode !== 0) throw new Error(`Pagefind on its own failed:\n${run.log.split('\n').slice(-40).join('\n')}`);
  const line = run.log
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'));
  return { run, report: JSON.parse(line ?? '{}') as { pages: number; addMs: number; totalMs: number } };
}

/** The CPU profile of the build's main process, summarised by package. */
function cpuSummary(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  const largest = files.toSorted((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!largest) return undefined;
  const profile = JSON.parse(readFileSync(largest, 'utf8')) as CpuProfile;
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

async function main(): Promise<void> {
  console.log(
    `Scale benchmark: ${pages} synthetic guides over ${datasetCount} salary data sets; Node ${nodeBin === process.execPath ? process.version : nodeBin}; ` +
      `${cpus().length} cores, ${formatBytes(totalmem())} RAM; temporary folder ${work}`,
  );
  const results: BuildResult[] = [];
  if (!args['skip-real']) {
    const real = join(work, 'real');
    copyProject(real);
    results.push(await build(real, 'real site', 'real'));
  }
  const synth = join(work, 'synthetic');
  copyProject(synth);
  const generated = performance.now();
  generateSite(synth);
  console.log(
    `Generated ${pages} guides and ${datasetCount} data sets in ${formatDuration(performance.now() - generated)}.`,
  );
  const main = await build(synth, `${pages} guides`, 'synthetic');
  results.push(main);

  console.log(`\n${mainTable(results)}\n`);
  console.log(`${phaseTable(results)}\n`);
  for (const r of results) console.log(`${memoryTable(r)}\n`);
  const overTime = main.run.wallMs > GOAL_MS;
  const overMemory = main.run.peakTreeBytes > GOAL_BYTES;
  console.log(
    `Goal (${pages === 1000 ? '1,000' : pages} pages with index in ≤ 60 s and ≤ 2 GiB peak): ` +
      `time ${overTime ? 'MISSED' : 'met'} (${formatDuration(main.run.wallMs)}), ` +
      `memory ${overMemory ? 'MISSED' : 'met'} (${formatBytes(main.run.peakTreeBytes)}).`,
  );

  if (args.profile) {
    console.log('\nProfiling: Pagefind on its own over the built dist/ …');
    const alone = await pagefindAlone(synth);
    console.log('Profiling: building again without the OG image route (src/pages/og removed in the copy) …');
    rmSync(join(synth, 'src/pages/og'), { recursive: true, force: true });
    const noOg = await build(synth, `${pages} guides, no OG images`, 'synthetic-no-og');
    console.log(
      `\n${formatTable(
        ['Profile run', right('Wall time'), right('Peak RSS (tree)'), right('Max RSS (1 process)'), 'Note'],
        [
          [
            main.label,
            formatDuration(main.run.wallMs),
            formatBytes(main.run.peakTreeBytes),
            formatBytes(main.run.maxProcessBytes),
            'full build',
          ],
          [
            noOg.label,
            formatDuration(noOg.run.wallMs),
            formatBytes(noOg.run.peakTreeBytes),
            formatBytes(noOg.run.maxProcessBytes),
            `OG images cost ${formatDuration(main.run.wallMs - noOg.run.wallMs)} of wall time`,
          ],
          [
            'Pagefind alone (Node API)',
            formatDuration(alone.run.wallMs),
            formatBytes(alone.run.peakTreeBytes),
            formatBytes(alone.run.maxProcessBytes),
            `${alone.report.pages} pages: add ${formatDuration(alone.report.addMs)}, all ${formatDuration(alone.report.totalMs)}`,
          ],
          [
            'Build without OG and Pagefind (estimate)',
            formatDuration(noOg.run.wallMs - (noOg.summary.pagefind?.ms ?? 0)),
            '',
            '',
            'no-OG wall time minus its Pagefind step',
          ],
        ],
      )}\n`,
    );
    console.log(`${phaseTable([main, noOg])}\n`);
    console.log('Profiling: building the full synthetic site again under `node --cpu-prof` …');
    const profDir = join(work, 'cpu-profile');
    rmSync(synth, { recursive: true, force: true });
    copyProject(synth);
    generateSite(synth);
    const profiled = await build(synth, `${pages} guides, CPU profile`, 'synthetic-cpu-prof', [
      '--cpu-prof',
      `--cpu-prof-dir=${profDir}`,
    ]);
    const cpu = cpuSummary(profDir);
    console.log(
      `\n${cpu ?? 'No CPU profile was written.'}\n(the largest profile; the build's main Node process only; ` +
        `wall time under the profiler: ${formatDuration(profiled.run.wallMs)})`,
    );
  }
  cleanUp();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  cleanUp();
  process.exit(1);
});
