/** Parsers for Linux process accounting: `/proc/<pid>/stat`, `/proc/<pid>/status` and `/usr/bin/time -v` output. */

/** Parent pid from the text of `/proc/<pid>/stat` (the command name may hold spaces and brackets). */
export function parentPid(stat: string): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  const ppid = Number(stat.slice(close + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** The command name from the text of `/proc/<pid>/stat`, e.g. `node` or `pagefind_extended`. */
export function commandName(stat: string): string {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  return open >= 0 && close > open ? stat.slice(open + 1, close) : '?';
}

/** A `kB` field of `/proc/<pid>/status` in bytes, e.g. `VmRSS` or `VmHWM`; undefined when absent. */
export function statusBytes(status: string, field: string): number | undefined {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) * 1024 : undefined;
}

/** `root` and every process below it, from a map of pid → parent pid. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out = new Set<number>([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/** The figures of `/usr/bin/time -v`: wall, user and system time in ms, largest single-process RSS in bytes. */
export interface TimeReport {
  wallMs?: number;
  userMs?: number;
  systemMs?: number;
  maxRssBytes?: number;
  exitStatus?: number;
}

/** Parses the report GNU time writes with `-v`. */
export function parseTimeReport(text: string): TimeReport {
  const out: TimeReport = {};
  const num = (rx: RegExp): number | undefined => {
    const m = rx.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(text);
  if (wall) out.wallMs = ((Number(wall[1] ?? 0) * 60 + Number(wall[2])) * 60 + Number(wall[3])) * 1000;
  const user = num(/User time \(seconds\): ([\d.]+)/);
  if (user !== undefined) out.userMs = user * 1000;
  const system = num(/System time \(seconds\): ([\d.]+)/);
  if (system !== undefined) out.systemMs = system * 1000;
  const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
  if (rss !== undefined) out.maxRssBytes = rss * 1024;
  const exit = num(/Exit status: (\d+)/);
  if (exit !== undefined) out.exitStatus = exit;
  return out;
}
