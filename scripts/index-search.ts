/**
 * `node scripts/index-search.ts [dist]`: the Pagefind search index of the built site. `npm run build` runs it once
 * `astro build` has exited, so Pagefind's memory never adds to Astro's (a bare `astro build` still indexes inside
 * Astro, in astro:build:done). Exits 1 when the site is not built or no page was indexed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexBuiltSite } from '../src/integrations/pagefind.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`Search index: ${dist} does not exist. Run \`astro build\` first.`);
  process.exit(1);
}
// Astro's log format, so the benchmark reads these lines as it reads the build's own.
const log = (message: string): void =>
  console.log(`${new Date().toTimeString().slice(0, 8)} [pagefind-index] ${message}`);
log(`Indexing ${process.argv[2] ?? 'dist'} after astro build …`);
await indexBuiltSite(dist, log);
