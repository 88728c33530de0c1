import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../scripts/lib/bench/build.ts';
import type { Run } from '../../../scripts/lib/bench/measure.ts';
import { cpuTables, indexReport, profileTable } from '../../../scripts/lib/bench/profile.ts';

const MiB = 1024 ** 2;
const run = (wallMs: number, peak: number): Run => ({
  exitCode: 0,
  wallMs,
  peakTreeBytes: peak,
  maxProcessBytes: peak / 2,
  time: {},
  logPath: '/logs/x.log',
  log: '',
  samples: [],
});
const build = (label: string, wallMs: number, pagefindMs?: number): BuildResult => ({
  label,
  load: '1.00 1.00 1.00',
  run: run(wallMs, 1024 * MiB),
  summary: { viteMs: [], routes: [], ...(pagefindMs === undefined ? {} : { pagefind: { pages: 20, ms: pagefindMs } }) },
  dist: { bytes: 0, files: 0, html: 0 },
  pagefind: { bytes: 0, files: 0, html: 0 },
});

describe('indexReport', () => {
  it('reads the last JSON line of the indexing run, after any log lines', () => {
    expect(indexReport('Running Pagefind\n{"pages":3,"ms":1}\n{"pages":21,"ms":812.5}\n')).toEqual({
      pages: 21,
      ms: 812.5,
    });
  });
  it.each(['', 'Error: no index\n', '{"pages":"many"}'])('fails on a log without a report: %j', (log) => {
    expect(() => indexReport(log)).toThrow(/no report/);
  });
});

describe('profileTable', () => {
  it('sets the build without OG images and Pagefind alone beside the full build', () => {
    const table = profileTable(build('20 guides', 30_000, 2000), build('20 guides, no OG images', 21_000, 1500), {
      run: run(2500, 300 * MiB),
      report: { pages: 20, ms: 1800 },
    });
    const lines = table.split('\n').map((l) => l.replace(/ +/g, ' '));
    expect(lines[2]).toBe('| 20 guides | 30.0 s | 1.0 GiB | 512.0 MiB | full build |');
    expect(lines[3]).toBe(
      '| 20 guides, no OG images | 21.0 s | 1.0 GiB | 512.0 MiB | OG images cost 9.0 s of wall time |',
    );
    expect(lines[4]).toBe(
      '| Pagefind alone (the build’s indexSite) | 2.5 s | 300.0 MiB | 150.0 MiB | 20 pages indexed in 1.8 s |',
    );
    expect(lines[5]).toBe(
      '| Build without OG and Pagefind (estimate) | 19.5 s | | | no-OG wall time minus its Pagefind step |',
    );
  });
});

describe('cpuTables', () => {
  it('gives self time and share by package and by function', () => {
    const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url } });
    const tables = cpuTables({
      nodes: [
        frame(1, 'render', 'file:///p/node_modules/astro/dist/render.js'),
        frame(2, 'compile', 'file:///p/node_modules/@mdx-js/mdx/lib/index.js'),
        frame(3, '(garbage collector)', ''),
      ],
      samples: [1, 1, 2, 3],
      timeDeltas: [30_000, 30_000, 30_000, 10_000],
    });
    const [byPackage, byFunction] = tables.split('\n\n').map((t) => t.split('\n').map((l) => l.replace(/ +/g, ' ')));
    expect(byPackage?.slice(2)).toEqual([
      '| astro | 60 | 60.0% |',
      '| @mdx-js/mdx | 30 | 30.0% |',
      '| (garbage collector) | 10 | 10.0% |',
    ]);
    expect(byFunction?.slice(2)).toEqual(['| render | astro | 60 | 60.0% |', '| compile | @mdx-js/mdx | 30 | 30.0% |']);
  });
});
