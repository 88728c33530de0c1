/** Memory of a process tree at one moment: resident memory summed over a process and everything it started. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { commandName, descendants, parentPid, statusBytes } from './proc.ts';

/** Reads what the kernel reports per process; `undefined` when the process has ended meanwhile. */
export interface ProcReader {
  pids: () => number[];
  stat: (pid: number) => string | undefined;
  status: (pid: number) => string | undefined;
  cmdline: (pid: number) => string | undefined;
}

const tryRead = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // the process ended between listing and reading
    return undefined;
  }
};

/** The Linux `/proc` file system. */
const procFs: ProcReader = {
  pids: () =>
    readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number),
  stat: (pid) => tryRead(`/proc/${pid}/stat`),
  status: (pid) => tryRead(`/proc/${pid}/status`),
  cmdline: (pid) => tryRead(`/proc/${pid}/cmdline`),
};

/** The tree's memory: summed VmRSS, the same by program name, and the largest VmHWM of any one process (bytes). */
export interface TreeMemory {
  rss: number;
  hwm: number;
  byCommand: Record<string, number>;
}

/** Sums VmRSS over `root` and its descendants, by program too (argv[0]'s base name, else the command name). */
export function treeMemory(root: number, proc: ProcReader = procFs): TreeMemory {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const pid of proc.pids()) {
    const stat = proc.stat(pid);
    if (stat === undefined) continue;
    const ppid = parentPid(stat);
    if (ppid !== undefined) parents.set(pid, ppid);
    names.set(pid, commandName(stat));
  }
  const out: TreeMemory = { rss: 0, hwm: 0, byCommand: {} };
  for (const pid of descendants(root, parents)) {
    const status = proc.status(pid);
    if (status === undefined) continue;
    const bytes = statusBytes(status, 'VmRSS') ?? 0;
    const argv0 = proc.cmdline(pid)?.split('\0')[0];
    const command = argv0 ? basename(argv0) : (names.get(pid) ?? '?');
    out.rss += bytes;
    out.byCommand[command] = (out.byCommand[command] ?? 0) + bytes;
    out.hwm = Math.max(out.hwm, statusBytes(status, 'VmHWM') ?? 0);
  }
  return out;
}
