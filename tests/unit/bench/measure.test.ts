import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure, secondOfDay } from '../../../scripts/lib/bench/measure.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-measure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('measure', () => {
  it('keeps a command’s output and the largest memory the sampler saw, for the tree and for one process', async () => {
    // The sampler stands in for /proc: each call reports a bigger tree, so the peak is the last sample's.
    let calls = 0;
    const sampleTree = () => {
      calls += 1;
      return { rss: calls * 100, hwm: calls * 40, byCommand: { node: calls * 100 } };
    };
    const run = await measure({
      cwd: work,
      command: [process.execPath, '-e', 'console.log("parent")'],
      logBase: join(work, 'ok'),
      sampleTree,
    });
    expect(run.exitCode).toBe(0);
    expect(run.log).toBe('parent\n');
    expect(run.logPath).toBe(join(work, 'ok.log'));
    expect(run.samples.length).toBe(calls);
    expect(run.samples.length).toBeGreaterThanOrEqual(1);
    expect(run.maxProcessBytes).toBeGreaterThanOrEqual(calls * 40);
    expect(run.peakTreeBytes).toBe(Math.max(calls * 100, run.maxProcessBytes));
    expect(run.samples.at(-1)?.byCommand).toEqual({ node: calls * 100 });
  });
  it('reports the exit code of a command that fails', async () => {
    const run = await measure({
      cwd: work,
      command: [process.execPath, '-e', 'console.error("no"); process.exit(3)'],
      logBase: join(work, 'fail'),
      sampleTree: () => ({ rss: 0, hwm: 0, byCommand: {} }),
    });
    expect(run.exitCode).toBe(3);
    expect(run.log).toBe('no\n');
  });
});

describe('secondOfDay', () => {
  it('counts seconds since local midnight, with milliseconds', () => {
    expect(secondOfDay(new Date(2026, 0, 2, 7, 47, 13, 250))).toBe(7 * 3600 + 47 * 60 + 13.25);
    expect(secondOfDay(new Date(2026, 0, 2))).toBe(0);
  });
});
