/** Runs one command and measures it: wall time, CPU time (GNU time, when present) and the process tree's memory. */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import type { MemorySample } from './build-log.ts';
import { parseTimeReport, type TimeReport } from './proc.ts';
import { treeMemory } from './tree-memory.ts';

const TIME = '/usr/bin/time';
const SAMPLE_MS = 100;

/** One measured run: wall time, memory and the log it wrote. */
export interface Run {
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

/** What to run, where, and where to keep its output. */
export interface MeasureOptions {
  cwd: string;
  command: readonly string[];
  /** Path of the log without its ending: the run writes `<logBase>.log` (and `<logBase>.time` under GNU time). */
  logBase: string;
  /** Put first on the PATH, so `node` in the command's own scripts is this Node. */
  binDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Reads the memory of the process tree under a pid; /proc on Linux by default (tests give their own). */
  sampleTree?: (pid: number) => Pick<ReturnType<typeof treeMemory>, 'rss' | 'hwm' | 'byCommand'>;
}

/** Seconds since local midnight, the clock of Astro's log stamps (samples count on past 86,400 after midnight). */
export const secondOfDay = (d: Date): number =>
  d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds() + d.getMilliseconds() / 1000;

// Process groups still running, so an interrupted benchmark can stop them.
const running = new Set<number>();

/** Stops every command {@link measure} still runs (each with its whole process group). */
export function stopRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Runs a command in its own process group, under GNU time when present, polling the tree's memory. */
export function measure({
  cwd,
  command,
  logBase,
  binDir,
  env = {},
  sampleTree = treeMemory,
}: MeasureOptions): Promise<Run> {
  const logPath = `${logBase}.log`;
  const timePath = `${logBase}.time`;
  const withTime = existsSync(TIME);
  const argv = withTime ? [TIME, '-v', '-o', timePath, ...command] : [...command];
  const fd = openSync(logPath, 'w');
  const started = performance.now();
  // One clock for the whole run, so a build that runs past midnight keeps its samples in order.
  const startSecond = secondOfDay(new Date());
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd,
    detached: true,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      ...(binDir ? { PATH: `${binDir}:${process.env['PATH'] ?? ''}` } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  const pid = child.pid;
  if (pid !== undefined) running.add(pid);
  let peakTreeBytes = 0;
  let maxProcessBytes = 0;
  const samples: MemorySample[] = [];
  const sample = (): void => {
    if (pid === undefined) return;
    const m = sampleTree(pid);
    peakTreeBytes = Math.max(peakTreeBytes, m.rss);
    maxProcessBytes = Math.max(maxProcessBytes, m.hwm);
    samples.push({ second: startSecond + (performance.now() - started) / 1000, total: m.rss, byCommand: m.byCommand });
  };
  // One sample as soon as the command starts, then one every 100 ms: even a short command has one.
  sample();
  const poll = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    let finished = false;
    const done = (): void => {
      if (finished) return;
      finished = true;
      clearInterval(poll);
      closeSync(fd);
      if (pid !== undefined) running.delete(pid);
    };
    child.on('error', (error) => {
      done();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      const wallMs = performance.now() - started;
      done();
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
