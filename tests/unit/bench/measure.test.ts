import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure, secondOfDay } from '../../../scripts/lib/bench/measure.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-measure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('measure', () => {
  it('times a command, keeps its output and samples the memory of it and its children', async () => {
    // A parent that starts a child holding about 64 MiB for half a second.
    const child = `const b = Buffer.alloc(64 * 1024 ** 2, 1); setTimeout(() => console.log(b[0]), 500);`;
    const parent = `const c = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });
console.log('parent'); c.on('exit', (code) => process.exit(code ?? 1));`;
    const run = await measure({ cwd: work, command: [process.execPath, '-e', parent], logBase: join(work, 'ok') });
    expect(run.exitCode).toBe(0);
    expect(run.log).toBe('parent\n1\n');
    expect(run.logPath).toBe(join(work, 'ok.log'));
    expect(run.wallMs).toBeGreaterThanOrEqual(450);
    expect(run.samples.length).toBeGreaterThanOrEqual(2);
    expect(run.peakTreeBytes).toBeGreaterThan(64 * 1024 ** 2);
    expect(run.maxProcessBytes).toBeGreaterThan(64 * 1024 ** 2);
    expect(Math.max(...run.samples.map((s) => s.byCommand['node'] ?? 0))).toBeGreaterThan(64 * 1024 ** 2);
  });
  it('reports the exit code of a command that fails', async () => {
    const run = await measure({
      cwd: work,
      command: [process.execPath, '-e', 'console.error("no"); process.exit(3)'],
      logBase: join(work, 'fail'),
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
