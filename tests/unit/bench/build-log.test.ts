import { describe, expect, it } from 'vitest';
import {
  groupRoutes,
  parseBuildLog,
  parseDuration,
  peaksByPhase,
  phaseMarks,
  PHASES,
} from '../../../scripts/lib/bench/build-log.ts';
import { selfTimeByBucket, bucketOf } from '../../../scripts/lib/bench/cpuprofile.ts';
import { commandName, descendants, parentPid, parseTimeReport, statusBytes } from '../../../scripts/lib/bench/proc.ts';

const log = `07:47:13 [content] Synced content
07:47:13 [types] Generated 2.18s
07:47:13 [build] Collecting build info...
07:47:13 [build] \u001b[32m✓ Completed in 2.37s.\u001b[39m
07:47:13 [build] Building static entrypoints...
07:47:14 [vite] ✓ built in 1.34s
07:47:15 [vite] ✓ built in 323ms
 generating static routes 
07:47:15 ▶ src/pages/guides/[slug].astro
07:47:15   ├─ /guides/a/index.html (+35ms) 
07:47:15   └─ /guides/b/index.html (+1.02s) 
07:47:15   ├─ /og/home.png (+177ms) 
07:47:15   ├─ /rss.xml (+37ms) 
07:47:15 ✓ Completed in 1m 28s.
07:47:15 [build] ✓ Completed in 2.52s.
07:47:15 [pagefind-index] Indexed 8 pages in 91 ms.
07:47:15 [build] 8 page(s) built in 2m 25s
07:47:15 [build] Complete!`;

describe('parseBuildLog', () => {
  it('reads phases, routes and the Pagefind step', () => {
    const s = parseBuildLog(log);
    expect(s.syncMs).toBe(2180);
    expect(s.collectMs).toBe(2370);
    expect(s.viteMs).toEqual([1340, 323]);
    expect(s.renderMs).toBe(88_000);
    expect(s.routes).toEqual([
      { path: '/guides/a/index.html', ms: 35 },
      { path: '/guides/b/index.html', ms: 1020 },
      { path: '/og/home.png', ms: 177 },
      { path: '/rss.xml', ms: 37 },
    ]);
    expect(s.pagefind).toEqual({ pages: 8, ms: 91 });
    expect(s.pages).toBe(8);
    expect(s.astroTotalMs).toBe(145_000);
  });
  it('groups route time, leaving unmatched routes in "other"', () => {
    const groups = groupRoutes(parseBuildLog(log).routes, [
      ['guides', /^\/guides\//],
      ['og', /^\/og\//],
      ['api', /^\/api\//],
    ]);
    expect(groups).toEqual([
      { name: 'guides', count: 2, ms: 1055 },
      { name: 'og', count: 1, ms: 177 },
      { name: 'other', count: 1, ms: 37 },
    ]);
  });
  it('parses Astro’s durations', () => {
    expect(parseDuration('803ms')).toBe(803);
    expect(parseDuration('2.5s')).toBe(2500);
    expect(parseDuration('1m 3s')).toBe(63_000);
    expect(parseDuration('soon')).toBeNaN();
  });
});

describe('process accounting', () => {
  it('reads the parent pid even when the command name has spaces and brackets', () => {
    expect(parentPid('1234 (node (build) x) S 42 1234 1234 0 -1')).toBe(42);
    expect(parentPid('garbage')).toBeUndefined();
  });
  it('reads the command name', () => {
    expect(commandName('1234 (pagefind (x)) S 42')).toBe('pagefind (x)');
  });
  it('reads kB fields of /proc/<pid>/status as bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n';
    expect(statusBytes(status, 'VmRSS')).toBe(1024 * 1024);
    expect(statusBytes(status, 'VmHWM')).toBe(2048 * 1024);
    expect(statusBytes(status, 'VmSwap')).toBeUndefined();
  });
  it('finds every process below a root', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 1],
    ]);
    expect([...descendants(10, parents)].sort()).toEqual([10, 11, 12]);
  });
  it('parses GNU time -v', () => {
    const t = parseTimeReport(
      '\tUser time (seconds): 7.75\n\tSystem time (seconds): 1.41\n' +
        '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:07.06\n\tMaximum resident set size (kbytes): 751632\n\tExit status: 0\n',
    );
    expect(t.userMs).toBe(7750);
    expect(t.systemMs).toBeCloseTo(1410);
    expect(t.wallMs).toBeCloseTo(67_060);
    expect(t.maxRssBytes).toBe(751632 * 1024);
    expect(t.exitStatus).toBe(0);
  });
});

describe('CPU profile summary', () => {
  it('buckets frames by package or source folder', () => {
    expect(bucketOf('file:///home/dev/site/node_modules/@astrojs/mdx/dist/index.js')).toBe('@astrojs/mdx');
    expect(bucketOf('file:///tmp/x/node_modules/.pnpm/satori/dist/index.js')).toBe('.pnpm');
    expect(bucketOf('file:///tmp/x/src/pages/og/x.ts')).toBe('src/pages');
    expect(bucketOf('node:internal/fs')).toBe('(node)');
    expect(bucketOf('')).toBe('(native)');
  });
  it('sums self time per bucket from samples and time deltas', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' } },
        { id: 2, callFrame: { functionName: 'render', url: 'file:///p/node_modules/satori/index.js' } },
        { id: 3, callFrame: { functionName: '(garbage collector)', url: '' } },
      ],
      samples: [2, 2, 3, 1],
      timeDeltas: [1000, 3000, 2000, 500],
    };
    expect(selfTimeByBucket(profile)).toEqual([
      { bucket: 'satori', ms: 4 },
      { bucket: '(garbage collector)', ms: 2 },
      { bucket: '(native)', ms: 0.5 },
    ]);
  });
});

describe('memory by phase', () => {
  const phased = `07:50:10 [content] Synced content
07:50:11 [build] Building static entrypoints...
07:50:20 [vite] ✓ built in 9s
 generating static routes 
07:50:21   ├─ /a/index.html (+35ms)
07:50:40 ✓ Completed in 19s.
07:50:41 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
07:50:50 [pagefind-index] Indexed 8 pages in 9000 ms.
07:50:50 [build] 8 page(s) built in 40s`;
  const at = (hms: string) => hms.split(':').reduce((n, x) => n * 60 + Number(x), 0);

  it('finds where each phase starts', () => {
    expect(phaseMarks(phased).map((m) => [m.name, m.second])).toEqual([
      [PHASES.startup, at('07:50:10')],
      [PHASES.bundle, at('07:50:11')],
      [PHASES.render, at('07:50:21')],
      [PHASES.hooks, at('07:50:40')],
      [PHASES.exit, at('07:50:50')],
    ]);
  });
  it('counts on past midnight rather than starting again from zero', () => {
    const late = phased
      .replaceAll('07:50:', '23:59:')
      .replace('23:59:50 [pagefind-index]', '00:00:03 [pagefind-index]');
    const marks = phaseMarks(late.replace('23:59:50 [build]', '00:00:03 [build]'));
    expect(marks.map((m) => m.second)).toEqual([
      at('23:59:10'),
      at('23:59:11'),
      at('23:59:21'),
      at('23:59:40'),
      86_400 + 3,
    ]);
  });
  it('marks the search index when it runs after astro build has exited', () => {
    const after = phased.replace(
      '07:50:50 [pagefind-index] Indexed 8 pages in 9000 ms.\n07:50:50 [build] 8 page(s) built in 40s',
      [
        '07:50:41 [pagefind-index] The search index is written once astro build exits.',
        '07:50:42 [build] 8 page(s) built in 32s',
        '07:50:43 [pagefind-index] Indexing dist after astro build …',
        '07:50:55 [pagefind-index] Indexed 8 pages in 12000 ms.',
      ].join('\n'),
    );
    expect(
      phaseMarks(after)
        .slice(-2)
        .map((m) => [m.name, m.second]),
    ).toEqual([
      [PHASES.exit, at('07:50:42')],
      [PHASES.index, at('07:50:43')],
    ]);
    expect(parseBuildLog(after).pagefind).toEqual({ pages: 8, ms: 12000 });
  });
  it('takes the largest sample of each phase, counting early samples in the first', () => {
    const sample = (hms: string, total: number) => ({ second: at(hms) + 0.5, total, byCommand: { node: total } });
    const peaks = peaksByPhase(
      [sample('07:50:07', 100), sample('07:50:15', 300), sample('07:50:16', 200), sample('07:50:45', 900)],
      phaseMarks(phased),
    );
    expect(peaks.map((p) => [p.name, p.seconds, p.peak?.total])).toEqual([
      [PHASES.startup, 3.5, 100],
      [PHASES.bundle, 10, 300],
      [PHASES.render, 19, undefined],
      [PHASES.hooks, 10, 900],
      [PHASES.exit, 0, undefined],
    ]);
  });
});
