import { describe, expect, it } from 'vitest';
import { treeMemory, type ProcReader } from '../../../scripts/lib/bench/tree-memory.ts';

/** A fake /proc: pid → parent, command name, argv[0] (or none), VmRSS and VmHWM in kB. */
const fake = (
  table: Record<number, { ppid: number; comm: string; argv0?: string; rss: number; hwm: number } | 'gone'>,
): ProcReader => {
  const row = (pid: number) => {
    const r = table[pid];
    return r === 'gone' ? undefined : r;
  };
  return {
    pids: () => Object.keys(table).map(Number),
    stat: (pid) => {
      const r = row(pid);
      return r && `${pid} (${r.comm}) S ${r.ppid} 1 1 0`;
    },
    status: (pid) => {
      const r = row(pid);
      return r && `Name:\t${r.comm}\nVmHWM:\t${r.hwm} kB\nVmRSS:\t${r.rss} kB\n`;
    },
    cmdline: (pid) => {
      const r = row(pid);
      return r?.argv0 === undefined ? undefined : `${r.argv0}\0--flag\0`;
    },
  };
};

describe('treeMemory', () => {
  const proc = fake({
    1: { ppid: 0, comm: 'init', rss: 9000, hwm: 9000 },
    10: { ppid: 1, comm: 'time', argv0: '/usr/bin/time', rss: 1, hwm: 1 },
    11: { ppid: 10, comm: 'node', argv0: '/opt/node/bin/node', rss: 500, hwm: 800 },
    12: { ppid: 11, comm: 'pagefind_extend', argv0: '/x/pagefind_extended', rss: 200, hwm: 300 },
    13: { ppid: 11, comm: 'node', argv0: 'node', rss: 100, hwm: 900 },
    14: { ppid: 11, comm: 'zombie', rss: 7, hwm: 7 },
    15: 'gone',
    20: { ppid: 1, comm: 'other', argv0: 'other', rss: 5000, hwm: 5000 },
  });

  it('sums resident memory over the root and everything below it, and nothing else', () => {
    const m = treeMemory(10, proc);
    expect(m.rss).toBe((1 + 500 + 200 + 100 + 7) * 1024);
    expect(m.hwm).toBe(900 * 1024);
  });
  it('names a process by its program, or by its command name without a command line', () => {
    expect(treeMemory(10, proc).byCommand).toEqual({
      time: 1024,
      node: 600 * 1024,
      pagefind_extended: 200 * 1024,
      zombie: 7 * 1024,
    });
  });
  it('gives zero for a tree that has ended', () => {
    expect(treeMemory(15, proc)).toEqual({ rss: 0, hwm: 0, byCommand: {} });
  });
  it('reads the real /proc for this process', () => {
    const m = treeMemory(process.pid);
    expect(m.rss).toBeGreaterThan(1024 * 1024);
    expect(m.hwm).toBeGreaterThanOrEqual(m.rss);
  });
});
