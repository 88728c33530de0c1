/** Reads the timings `astro build` prints (phases, one line per generated route, the Pagefind step) from its log. */

/** What the build log says about where the time went. Durations in milliseconds. */
export interface BuildLogSummary {
  /** Content sync and type generation (`[types] Generated 2.18s`). */
  syncMs?: number;
  /** `Collecting build info… ✓ Completed in`: config, integrations and content sync. */
  collectMs?: number;
  /** Each Vite bundle (`[vite] ✓ built in`): server entrypoints and client scripts. */
  viteMs: number[];
  /** `generating static routes … ✓ Completed in`: rendering every page and endpoint. */
  renderMs?: number;
  /** Every generated route with its own time. */
  routes: { path: string; ms: number }[];
  /** The Pagefind integration's own line: pages indexed and time. */
  pagefind?: { pages: number; ms: number };
  /** Astro's own total (`N page(s) built in`): from start to the end of the build:done hooks (sitemap, Pagefind). */
  astroTotalMs?: number;
  pages?: number;
}

/** `803ms` → 803, `2.18s` → 2180, `1m 3s` → 63000; NaN when the text is no duration. */
export function parseDuration(text: string): number {
  const t = text.trim();
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(t);
  if (/^[\d.]+ms$/.test(t)) return Number.parseFloat(t);
  if (m && (m[1] !== undefined || m[2] !== undefined))
    return (Number(m[1] ?? 0) * 60 + Number.parseFloat(m[2] ?? '0')) * 1000;
  return Number.NaN;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Parses the log of one `astro build` run. Lines it does not know are skipped. */
export function parseBuildLog(log: string): BuildLogSummary {
  const out: BuildLogSummary = { viteMs: [], routes: [] };
  let state: '' | 'collect' | 'render' | 'after-render' = '';
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '');
    let m: RegExpExecArray | null;
    if (/Collecting build info/.test(line)) state = 'collect';
    else if (/generating static routes/.test(line)) state = 'render';
    else if ((m = /\[types\] Generated (.+?)\.?\s*$/.exec(line))) out.syncMs = parseDuration(m[1]!);
    else if ((m = /\[vite\] ✓ built in (.+?)\s*$/.exec(line))) out.viteMs.push(parseDuration(m[1]!));
    else if ((m = /[├└]─ (\S+) \(\+([^)]+)\)/.exec(line))) out.routes.push({ path: m[1]!, ms: parseDuration(m[2]!) });
    else if ((m = /\[pagefind-index\] Indexed (\d+) pages? in (\d+) ms/.exec(line)))
      out.pagefind = { pages: Number(m[1]), ms: Number(m[2]) };
    else if ((m = /(\d+) page\(s\) built in (.+?)\s*$/.exec(line))) {
      out.pages = Number(m[1]);
      out.astroTotalMs = parseDuration(m[2]!);
    } else if ((m = /✓ Completed in (.+?)\.?\s*$/.exec(line))) {
      const ms = parseDuration(m[1]!);
      if (state === 'collect') {
        out.collectMs = ms;
        state = '';
      } else if (state === 'render') {
        out.renderMs = ms;
        state = 'after-render';
      }
    }
  }
  return out;
}

/** Route time summed by group; `groups` are tried in order, routes matching none fall in `other`. */
export function groupRoutes(
  routes: readonly { path: string; ms: number }[],
  groups: readonly (readonly [name: string, pattern: RegExp])[],
): { name: string; count: number; ms: number }[] {
  const totals = new Map<string, { name: string; count: number; ms: number }>(
    [...groups.map(([name]) => name), 'other'].map((name) => [name, { name, count: 0, ms: 0 }]),
  );
  for (const r of routes) {
    const name = groups.find(([, rx]) => rx.test(r.path))?.[0] ?? 'other';
    const t = totals.get(name)!;
    t.count += 1;
    t.ms += r.ms;
  }
  return [...totals.values()].filter((t) => t.count > 0);
}

/** Where a build phase starts, as seconds since midnight on the log's clock. */
export interface PhaseMark {
  name: string;
  second: number;
}

/** Phase names, in order, as {@link phaseMarks} reports them. */
export const PHASES = {
  startup: 'start-up, config, content sync',
  bundle: 'Vite bundles',
  render: 'rendering routes',
  hooks: 'build:done hooks (sitemap, Pagefind)',
  exit: 'shutdown',
  index: 'search index (after astro build)',
} as const;

/** Start times of the build phases, from the `HH:MM:SS` stamps of the log lines that open them. */
export function phaseMarks(log: string): PhaseMark[] {
  const marks: PhaseMark[] = [];
  let renderPending = false;
  let rendering = false;
  let dayOffset = 0;
  let lastSecond = 0;
  const add = (name: string, second: number): void => {
    if (!marks.some((m) => m.name === name)) marks.push({ name, second });
  };
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '');
    if (/generating static routes/.test(line)) renderPending = true;
    const stamp = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    if (!stamp) continue;
    let second = Number(stamp[1]) * 3600 + Number(stamp[2]) * 60 + Number(stamp[3]) + dayOffset;
    // Past midnight the stamps start again from 00:00:00; count on, as the memory samples do.
    if (second < lastSecond - 43_200) {
      dayOffset += 86_400;
      second += 86_400;
    }
    lastSecond = second;
    if (marks.length === 0) add(PHASES.startup, second);
    if (/Building static entrypoints/.test(line)) add(PHASES.bundle, second);
    else if (renderPending) {
      add(PHASES.render, second);
      renderPending = false;
      rendering = true;
    } else if (rendering && /✓ Completed in/.test(line)) {
      add(PHASES.hooks, second);
      rendering = false;
    } else if (/\[pagefind-index\] Indexing .* after astro build/.test(line)) add(PHASES.index, second);
    else if (/\[pagefind-index\] Indexed|page\(s\) built in/.test(line)) add(PHASES.exit, second);
  }
  return marks;
}

/** A memory sample: when (seconds since midnight, fractional), the tree's total RSS and its parts by command. */
export interface MemorySample {
  second: number;
  total: number;
  byCommand: Record<string, number>;
}

/**
 * The largest sample in each phase and its length; a phase runs from its mark to the next one (whole seconds,
 * as the log stamps them). Samples before the first mark (Node start-up, before Astro logs) count in the first.
 */
export function peaksByPhase(
  samples: readonly MemorySample[],
  marks: readonly PhaseMark[],
): { name: string; seconds: number; peak: MemorySample | undefined }[] {
  return marks.map((mark, i) => {
    const next = marks[i + 1]?.second ?? Number.POSITIVE_INFINITY;
    const inPhase = samples.filter(
      (s) => (i === 0 || Math.floor(s.second) >= mark.second) && Math.floor(s.second) < next,
    );
    const peak = inPhase.reduce<MemorySample | undefined>((a, s) => (a && a.total >= s.total ? a : s), undefined);
    const start = i === 0 ? Math.min(mark.second, inPhase[0]?.second ?? mark.second) : mark.second;
    const end = Number.isFinite(next) ? next : (inPhase.at(-1)?.second ?? mark.second);
    return { name: mark.name, seconds: end - start, peak };
  });
}
