/** One benchmark build: a cold `astro build` of a project copy, measured, with what it wrote to dist/. */
import { existsSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { listFiles } from '../quality/dist.ts';
import { formatBytes, formatDuration } from '../table.ts';
import { parseBuildLog, type BuildLogSummary } from './build-log.ts';
import { measure, type Run } from './measure.ts';

/** Size and file count of a folder, and how many HTML pages it holds. */
export interface FolderStats {
  bytes: number;
  files: number;
  html: number;
}

/** A finished build and what it produced. */
export interface BuildResult {
  label: string;
  run: Run;
  summary: BuildLogSummary;
  dist: FolderStats;
  pagefind: FolderStats;
}

/** How to build: with which Node and flags, and where the logs go. */
export interface BuildSettings {
  nodeBin: string;
  nodeArgs: readonly string[];
  /** Folder for the logs. */
  work: string;
}

/** A build that exited non-zero; the message ends with the last lines of its log. */
export class BuildFailed extends Error {}

/** Size, file count and HTML page count of `dir` (all zero when it does not exist). */
export function folderStats(dir: string): FolderStats {
  const files = existsSync(dir) ? listFiles(dir) : [];
  return {
    bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
    files: files.length,
    html: files.filter((f) => f.endsWith('.html')).length,
  };
}

// Astro's caches and the last output: without them every benchmark build starts cold.
const CACHES = ['.astro', 'node_modules/.astro', 'dist'];

/** Builds `dir` cold and measures it (`name` names the log, `extraArgs` go to Node); throws {@link BuildFailed}. */
export async function buildSite(
  settings: BuildSettings,
  dir: string,
  label: string,
  name: string,
  extraArgs: readonly string[] = [],
): Promise<BuildResult> {
  for (const cache of CACHES) rmSync(join(dir, cache), { recursive: true, force: true });
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`Building ${label} … (load average ${load})`);
  const run = await measure({
    cwd: dir,
    command: [settings.nodeBin, ...settings.nodeArgs, ...extraArgs, 'node_modules/.bin/astro', 'build'],
    logBase: join(settings.work, name),
    binDir: dirname(settings.nodeBin),
  });
  if (run.exitCode !== 0) {
    const tail = run.log.trimEnd().split('\n').slice(-40).join('\n');
    throw new BuildFailed(
      `The build of ${label} failed (exit ${run.exitCode}). Last 40 lines of ${run.logPath}:\n${tail}`,
    );
  }
  console.log(`  done in ${formatDuration(run.wallMs)}, peak ${formatBytes(run.peakTreeBytes)}`);
  return {
    label,
    run,
    summary: parseBuildLog(run.log),
    dist: folderStats(join(dir, 'dist')),
    pagefind: folderStats(join(dir, 'dist/pagefind')),
  };
}
