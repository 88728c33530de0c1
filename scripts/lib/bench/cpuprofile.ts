/** Summarises a V8 `.cpuprofile` (from `node --cpu-prof`) as self time per package or source folder. */

/** The parts of a V8 CPU profile the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where a script URL belongs: `astro`, `satteri`, `src/pages`, `(node)` for Node's own modules,
 * `(native)` for frames without a URL (GC, idle, program, V8 built-ins).
 */
export function bucketOf(url: string): string {
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return '(node)';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = /\/src\/([^/]+)/.exec(path);
  if (src) return `src/${src[1]}`;
  // Astro's bundled server code for prerendering (dist/.prerender/…, chunk names end in a hash).
  const built = /\/dist\/(.+)$/.exec(path);
  if (built)
    return `dist: ${built[1]!.replace(/[_.-][\w-]{8}(?=\.m?js$)/, '').replace(/^\.?[\w-]+\/(?=chunks\/)/, '')}`;
  return path.split('/').slice(-2).join('/');
}

/** The functions with the most self time: name, where they live and ms, largest first. */
export function topFunctions(profile: CpuProfile, count = 15): { name: string; bucket: string; ms: number }[] {
  const nodeKey = new Map<number, string>();
  for (const n of profile.nodes)
    nodeKey.set(n.id, `${n.callFrame.functionName || '(anonymous)'}\u0000${bucketOf(n.callFrame.url)}`);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = nodeKey.get(id) ?? '(unknown)\u0000';
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals]
    .map(([key, ms]) => {
      const [name = '', bucket = ''] = key.split('\u0000');
      return { name, bucket, ms };
    })
    .filter((f) => !/^\((idle|program|garbage collector|root)\)$/.test(f.name))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

/** Self time in ms per bucket (and per special frame such as `(garbage collector)`), largest first. */
export function selfTimeByBucket(profile: CpuProfile): { bucket: string; ms: number }[] {
  const bucketOfNode = new Map<number, string>();
  for (const n of profile.nodes) {
    const special = /^\((garbage collector|idle|program)\)$/.test(n.callFrame.functionName);
    bucketOfNode.set(n.id, special ? n.callFrame.functionName : bucketOf(n.callFrame.url));
  }
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const bucket = bucketOfNode.get(id) ?? '(unknown)';
    totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([bucket, ms]) => ({ bucket, ms })).sort((a, b) => b.ms - a.ms);
}
