/** The benchmark's tables: one row per build, the phases from the build logs, memory per phase, and the goal. */
import { formatBytes, formatDuration, formatFixed, formatTable, right } from '../table.ts';
import type { BuildResult } from './build.ts';
import { groupRoutes, peaksByPhase, phaseMarks } from './build-log.ts';

/**
 * The goal a 1,000-page build is held to, against Starlight building the same texts on the same machine: at most
 * 0.9× its time and 0.8× its peak memory, and a warm rebuild after one edit in at most a quarter of the cold time.
 */
export const GOAL = { time: 0.9, memory: 0.8, warm: 0.25 } as const;

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
      right('Load average'),
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
      r.load,
    ]),
  );
}

const ratio = (a: number, b: number): string => `${formatFixed(a / b, 2)}×`;
const sum = (xs: readonly number[]): number => xs.reduce((n, x) => n + x, 0);

/** One side's wall time and peak memory, as a table row compares them. */
interface Pair {
  wallMs: number;
  peakBytes: number;
}

/**
 * What the goal is held to, robust to one slow run on a shared machine: each side's fastest wall time, and each
 * side's highest peak memory.
 */
function best(ours: readonly BuildResult[], peer: readonly BuildResult[]): { ours: Pair; peer: Pair } {
  const of = (rs: readonly BuildResult[]): Pair => ({
    wallMs: Math.min(...rs.map((r) => r.run.wallMs)),
    peakBytes: Math.max(...rs.map((r) => r.run.peakTreeBytes)),
  });
  return { ours: of(ours), peer: of(peer) };
}

/** Our cold builds beside the peer's, run by run (back to back), with the ratios, the totals and the best of each. */
export function peerTable(ours: readonly BuildResult[], peer: readonly BuildResult[]): string {
  const row = (label: string, o: Pair, p: Pair, load = ''): string[] => [
    label,
    formatDuration(o.wallMs),
    formatDuration(p.wallMs),
    ratio(o.wallMs, p.wallMs),
    formatBytes(o.peakBytes),
    formatBytes(p.peakBytes),
    ratio(o.peakBytes, p.peakBytes),
    load,
  ];
  const of = (r: BuildResult): Pair => ({ wallMs: r.run.wallMs, peakBytes: r.run.peakTreeBytes });
  const n = Math.min(ours.length, peer.length);
  const rows = ours.slice(0, n).map((o, i) => row(`run ${i + 1}`, of(o), of(peer[i]!), `${o.load} / ${peer[i]!.load}`));
  const mean = (rs: readonly BuildResult[]): Pair => ({
    wallMs: sum(rs.slice(0, n).map((r) => r.run.wallMs)) / n,
    peakBytes: sum(rs.slice(0, n).map((r) => r.run.peakTreeBytes)) / n,
  });
  if (n > 0) {
    const b = best(ours.slice(0, n), peer.slice(0, n));
    rows.push(row('all runs', mean(ours), mean(peer)), row('fastest, highest peak', b.ours, b.peer));
  }
  return formatTable(
    [
      'Cold build',
      right('Ours'),
      right(peer[0]?.label ?? 'Peer'),
      right('Time ratio'),
      right('Ours peak'),
      right('Peer peak'),
      right('Memory ratio'),
      'Load average (ours / peer)',
    ],
    rows,
  );
}

/** Whether our builds met {@link GOAL}, one sentence per part; the peer and warm parts only when they were run. */
export function goalLines(
  ours: readonly BuildResult[],
  peer: readonly BuildResult[],
  warm: BuildResult | undefined,
): string[] {
  const verdict = (value: number, limit: number): string => (value <= limit ? 'met' : 'MISSED');
  const lines: string[] = [];
  const n = Math.min(ours.length, peer.length);
  if (n > 0) {
    const b = best(ours.slice(0, n), peer.slice(0, n));
    const time = b.ours.wallMs / b.peer.wallMs;
    const memory = b.ours.peakBytes / b.peer.peakBytes;
    lines.push(
      `Goal, time ≤ ${GOAL.time}× the peer's: ${verdict(time, GOAL.time)} (${formatFixed(time, 2)}×, fastest run of each).`,
      `Goal, peak memory ≤ ${GOAL.memory}× the peer's: ${verdict(memory, GOAL.memory)} (${formatFixed(memory, 2)}×, highest peak of each).`,
    );
  } else lines.push('Goal against Starlight: not measured (run with --peer starlight).');
  const cold = ours.reduce<BuildResult | undefined>((a, r) => (a && a.run.wallMs <= r.run.wallMs ? a : r), undefined);
  if (warm && cold) {
    const share = warm.run.wallMs / cold.run.wallMs;
    lines.push(
      `Goal, warm rebuild after one edit ≤ ${GOAL.warm}× the cold build: ${verdict(share, GOAL.warm)} ` +
        `(${formatDuration(warm.run.wallMs)} against ${formatDuration(cold.run.wallMs)}, ${formatFixed(share, 2)}×).`,
    );
  }
  return lines;
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
  ['Vite bundles (pages, scripts)', (r) => r.summary.viteMs.map(formatDuration).join(' + ') || '–'],
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
