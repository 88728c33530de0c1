/** One benchmark build: a cold `astro build` of a project copy, measured, with what it wrote to dist/. */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
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
  /** The 1, 5 and 15-minute load averages when the build started. */
  load: string;
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

/** How one build runs: the project's own `npm run build` (the default) or `astro build`, cold or warm. */
export interface BuildOptions {
  /** `script`: the package.json "build" script, as `npm run build` runs it; `astro`: `astro build` alone. */
  command?: 'script' | 'astro';
  /** Extra Node flags for `astro build` (with `command: 'astro'`). */
  extraArgs?: readonly string[];
  /** Keep the caches and the last output: a rebuild after an edit. */
  warm?: boolean;
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

/**
 * Astro's caches, the OG card cache, Node's compile cache (see {@link COMPILE_CACHE}) and the last output: without
 * them every benchmark build starts cold.
 */
export const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.cache', 'dist'] as const;

/**
 * Where each build keeps Node's compile cache, inside the folder it builds, so a cold build starts without one. Astro
 * turns the cache on, and by default it lives in the system's temporary folder, shared by every build on the machine:
 * a second build of the same texts then skips compiling the modules the first one compiled. For a site whose content
 * store is large (Starlight's holds every rendered page) that is most of its Vite step: 146 s on a first build of
 * 1,000 guides against 25 s on a second.
 */
export const COMPILE_CACHE = 'node_modules/.cache/node-compile-cache';

/** The command line of a build in `dir` and what it adds to the environment. */
export function buildCommand(
  settings: BuildSettings,
  dir: string,
  { command = 'script', extraArgs = [] }: BuildOptions,
): { command: string[]; env: NodeJS.ProcessEnv } {
  const binDir = dirname(settings.nodeBin);
  const path = `${join(dir, 'node_modules/.bin')}:${binDir}:${process.env['PATH'] ?? ''}`;
  if (command === 'astro')
    return {
      command: [settings.nodeBin, ...settings.nodeArgs, ...extraArgs, 'node_modules/.bin/astro', 'build'],
      env: { PATH: path, NODE_COMPILE_CACHE: join(dir, COMPILE_CACHE) },
    };
  const scripts = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> })
    .scripts;
  const script = scripts?.['build'];
  if (script === undefined) throw new Error(`No "build" script in ${join(dir, 'package.json')}.`);
  const nodeOptions = [process.env['NODE_OPTIONS'] ?? '', ...settings.nodeArgs].filter(Boolean).join(' ');
  return {
    command: ['sh', '-c', script],
    // As npm runs a script: its name in npm_lifecycle_event, the project's bin folder first on the PATH.
    env: {
      PATH: path,
      NODE_COMPILE_CACHE: join(dir, COMPILE_CACHE),
      npm_lifecycle_event: 'build',
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
  };
}

/** Builds `dir` and measures it (`name` names the log); throws {@link BuildFailed}. */
export async function buildSite(
  settings: BuildSettings,
  dir: string,
  label: string,
  name: string,
  options: BuildOptions = {},
): Promise<BuildResult> {
  if (!options.warm) for (const cache of CACHES) rmSync(join(dir, cache), { recursive: true, force: true });
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`Building ${label} … (load average ${load})`);
  const { command, env } = buildCommand(settings, dir, options);
  const run = await measure({ cwd: dir, command, logBase: join(settings.work, name), env });
  if (run.exitCode !== 0) {
    const tail = run.log.trimEnd().split('\n').slice(-40).join('\n');
    throw new BuildFailed(
      `The build of ${label} failed (exit ${run.exitCode}). Last 40 lines of ${run.logPath}:\n${tail}`,
    );
  }
  console.log(`  done in ${formatDuration(run.wallMs)}, peak ${formatBytes(run.peakTreeBytes)}`);
  return {
    label,
    load,
    run,
    summary: parseBuildLog(run.log),
    dist: folderStats(join(dir, 'dist')),
    pagefind: folderStats(join(dir, 'dist/pagefind')),
  };
}
