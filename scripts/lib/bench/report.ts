/** The benchmark's tables: one row per build, the phases from the build logs, memory per phase, and the goal. */
import { formatBytes, formatDuration, formatFixed, formatTable, right } from '../table.ts';
import type { BuildResult } from './build.ts';
import { groupRoutes, peaksByPhase, phaseMarks } from './build-log.ts';

/** The goal a 1,000-page build is held to: with its search index, in a minute and 2 GiB. */
export const GOAL = { ms: 60_000, bytes: 2 * 1024 ** 3 } as const;

/** Output size, time and memory of each build, one row per build. */
export function mainTable(results: readonly BuildResult[]): string {
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

const routeGroups = [
  ['guide pages', /^\/guides\/[^/]+\/index\.html$/],
  ['OG images', /^\/og\//],
  ['API, feed, robots', /^\/(api\/|rss\.xml|robots\.txt)/],
] as const;

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

/** Where each build's time went, from its log: one column per build. */
export function phaseTable(results: readonly BuildResult[]): string {
  return formatTable(
    ['Phase (from the build log)', ...results.map((r) => right(r.label))],
    phaseRows.map(([name, cell]) => [name, ...results.map((r) => cell(r))]),
  );
}

// Programs holding less than this at the peak are left out of the "At the peak" cell.
const SMALL_PROCESS_BYTES = 16 * 1024 ** 2;

/** Peak memory of each build phase, and which programs made it up (`time` is GNU time itself). */
export function memoryTable(r: BuildResult): string {
  const rows = peaksByPhase(r.run.samples, phaseMarks(r.run.log)).map((p) => [
    p.name,
    `${formatFixed(p.seconds)} s`,
    formatBytes(p.peak?.total ?? Number.NaN),
    Object.entries(p.peak?.byCommand ?? {})
      .filter(([, bytes]) => bytes > SMALL_PROCESS_BYTES)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
      .join(' + '),
  ]);
  return formatTable([`Phase (${r.label})`, right('Length'), right('Peak RSS (tree)'), 'At the peak'], rows);
}

/** Whether the synthetic build of `pages` guides met {@link GOAL}, in one sentence. */
export function goalLine(r: BuildResult, pages: number): string {
  const time = r.run.wallMs > GOAL.ms ? 'MISSED' : 'met';
  const memory = r.run.peakTreeBytes > GOAL.bytes ? 'MISSED' : 'met';
  return (
    `Goal (${pages.toLocaleString('en-US')} pages with index in ≤ 60 s and ≤ 2 GiB peak): ` +
    `time ${time} (${formatDuration(r.run.wallMs)}), memory ${memory} (${formatBytes(r.run.peakTreeBytes)}).`
  );
}
