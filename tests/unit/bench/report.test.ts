import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../scripts/lib/bench/build.ts';
import { parseBuildLog, PHASES } from '../../../scripts/lib/bench/build-log.ts';
import { GOAL, goalLines, mainTable, memoryTable, peerTable, phaseTable } from '../../../scripts/lib/bench/report.ts';

const MiB = 1024 ** 2;
const log = `07:47:13 [types] Generated 2.18s
07:47:13 [build] Collecting build info...
07:47:13 [build] ✓ Completed in 2.37s.
07:47:14 [build] Building static entrypoints...
07:47:14 [vite] ✓ built in 1.34s
 generating static routes 
07:47:16 ▶ src/pages/guides/[slug].astro
07:47:16   ├─ /guides/a/index.html (+35ms) 
07:47:16   └─ /guides/b/index.html (+1.02s) 
07:47:17   ├─ /og/home.png (+177ms) 
07:47:17   ├─ /rss.xml (+37ms) 
07:47:17   ├─ /index.html (+12ms) 
07:47:18 ✓ Completed in 2.5s.
07:47:19 [pagefind-index] Indexed 8 pages in 91 ms.
07:47:19 [build] 8 page(s) built in 6.1s`;

/** A build of `html` pages that took `wallMs` and peaked at `peak` bytes. */
const result = (label: string, wallMs: number, peak: number, html = 8): BuildResult => ({
  label,
  load: '1.50 1.20 0.90',
  run: {
    exitCode: 0,
    wallMs,
    peakTreeBytes: peak,
    maxProcessBytes: peak / 2,
    time: { userMs: 5000, systemMs: 1000 },
    logPath: '/logs/x.log',
    log,
    samples: [
      { second: 7 * 3600 + 47 * 60 + 13.5, total: 100 * MiB, byCommand: { node: 100 * MiB } },
      {
        second: 7 * 3600 + 47 * 60 + 17.2,
        total: peak,
        byCommand: { node: peak - 20 * MiB, time: MiB, pagefind: 19 * MiB },
      },
    ],
  },
  summary: parseBuildLog(log),
  dist: { bytes: 3 * MiB, files: 40, html },
  pagefind: { bytes: 512 * 1024, files: 12, html: 0 },
});

const rows = (table: string): string[][] =>
  table
    .split('\n')
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );

describe('mainTable', () => {
  it('has one row per build with pages per second, memory and output sizes', () => {
    const [row] = rows(mainTable([result('20 guides', 4000, 600 * MiB, 20)]));
    expect(row).toEqual([
      '20 guides',
      '20',
      '5',
      '4.0 s',
      '5.0',
      '600.0 MiB',
      '300.0 MiB',
      '6.0 s',
      '3.0 MiB',
      '40',
      '512.0 KiB',
      '12',
      '1.50 1.20 0.90',
    ]);
  });
  it('says n/a for CPU time when GNU time was not there', () => {
    const r = result('x', 1000, MiB);
    r.run.time = {};
    expect(rows(mainTable([r]))[0]?.[7]).toBe('n/a');
  });
});

describe('phaseTable', () => {
  it('fills one column per build from its log, grouping routes', () => {
    const table = phaseTable([result('real site', 6500, MiB), result('20 guides', 9000, MiB)]);
    const byName = new Map(rows(table).map(([name, ...cells]) => [name, cells]));
    expect(table.split('\n')[0]).toMatch(/real site \| +20 guides \|$/);
    expect(byName.get('Content sync and types')).toEqual(['2.2 s', '2.2 s']);
    expect(byName.get('… guide pages')?.[0]).toBe('1.1 s (2)');
    expect(byName.get('… OG images (satori + resvg)')?.[0]).toBe('177 ms (1)');
    expect(byName.get('… API, feed, robots')?.[0]).toBe('37 ms (1)');
    expect(byName.get('… other pages')?.[0]).toBe('12 ms (1)');
    expect(byName.get('Slowest route')?.[0]).toBe('1.0 s /guides/b/index.html');
    expect(byName.get('Pagefind index (build:done)')?.[0]).toBe('91 ms (8 pages)');
    expect(byName.get('Wall time (incl. Node start-up)')).toEqual(['6.5 s', '9.0 s']);
  });
});

describe('memoryTable', () => {
  it('gives each phase its peak and the programs above 16 MiB at that peak', () => {
    const byName = new Map(rows(memoryTable(result('x', 6000, 700 * MiB))).map(([name, ...cells]) => [name, cells]));
    expect(byName.get(PHASES.startup)).toEqual(['1 s', '100.0 MiB', 'node 100.0 MiB']);
    expect(byName.get(PHASES.render)).toEqual(['2 s', '700.0 MiB', 'node 680.0 MiB + pagefind 19.0 MiB']);
  });
});

describe('peerTable', () => {
  it('sets each of our runs beside the peer run next to it, and the totals', () => {
    const ours = [result('ours', 60_000, 2 * 1024 * MiB), result('ours', 40_000, 2 * 1024 * MiB)];
    const peer = [result('Starlight', 80_000, 4 * 1024 * MiB), result('Starlight', 120_000, 2 * 1024 * MiB)];
    const [one, two, all, best] = rows(peerTable(ours, peer));
    expect(one).toEqual(['run 1', '60.0 s', '80.0 s', '0.75×', '2.0 GiB', '4.0 GiB', '0.50×', expect.any(String)]);
    expect(two?.slice(0, 7)).toEqual(['run 2', '40.0 s', '120.0 s', '0.33×', '2.0 GiB', '2.0 GiB', '1.00×']);
    expect(all?.slice(0, 7)).toEqual(['all runs', '50.0 s', '100.0 s', '0.50×', '2.0 GiB', '3.0 GiB', '0.67×']);
    expect(best?.slice(0, 7)).toEqual([
      'fastest, highest peak',
      '40.0 s',
      '80.0 s',
      '0.50×',
      '2.0 GiB',
      '4.0 GiB',
      '0.50×',
    ]);
  });
});

describe('goalLines', () => {
  const peer = [result('Starlight', 100_000, 1000 * MiB)];
  it('holds time and memory against the peer, each on its own', () => {
    const exact = [result('ours', 100_000 * GOAL.time, 1000 * MiB * GOAL.memory)];
    expect(goalLines(exact, peer, undefined)).toEqual([
      `Goal, time ≤ ${GOAL.time}× the peer's: met (0.90×, fastest run of each).`,
      `Goal, peak memory ≤ ${GOAL.memory}× the peer's: met (0.80×, highest peak of each).`,
    ]);
    const over = [result('ours', 100_000 * GOAL.time + 1000, 1000 * MiB)];
    expect(goalLines(over, peer, undefined)).toEqual([
      expect.stringMatching(/time .*MISSED \(0\.91×, fastest/),
      expect.stringMatching(/memory .*MISSED \(1\.00×, highest/),
    ]);
  });
  it('judges by the fastest run of each side, so one slow peer run does not flatter us', () => {
    const ours = [result('ours', 70_000, 1000 * MiB), result('ours', 75_000, 1000 * MiB)];
    const peers = [result('Starlight', 150_000, 1000 * MiB), result('Starlight', 60_000, 1000 * MiB)];
    expect(goalLines(ours, peers, undefined)[0]).toMatch(/MISSED \(1\.17×, fastest run of each\)/);
  });
  it('says when the peer was not run, and holds the warm rebuild against the fastest cold build', () => {
    const lines = goalLines([result('ours', 80_000, MiB)], [], result('warm', 20_000, MiB));
    expect(lines[0]).toMatch(/not measured/);
    expect(lines[1]).toMatch(/warm rebuild .*: met \(20\.0 s against 80\.0 s, 0\.25×\)\.$/);
    expect(goalLines([result('ours', 80_000, MiB)], [], result('warm', 20_001, MiB))[1]).toMatch(/MISSED/);
  });
});
