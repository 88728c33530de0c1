/**
 * `node scripts/lib/bench/index-alone.ts <dist>`: the site build's own Pagefind step (`indexSite` from
 * src/integrations/pagefind.ts) in a process of its own, so the benchmark can time it and measure its memory.
 * Prints one JSON line: `{"pages": N, "ms": T}`.
 */
import { resolve } from 'node:path';
import { close } from 'pagefind';
import { indexSite } from '../../../src/integrations/pagefind.ts';

const dist = process.argv[2];
if (dist === undefined) {
  console.error('Usage: node scripts/lib/bench/index-alone.ts <dist>');
  process.exit(2);
}
const started = performance.now();
const pages = await indexSite(`${resolve(dist)}/`).finally(() => close());
console.log(JSON.stringify({ pages, ms: performance.now() - started }));
