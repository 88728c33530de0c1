/** Builds the Pagefind search index into dist/pagefind/ once Astro has written the site, and the words for "did you mean". */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { vocabularyOf } from '../lib/search.ts';
import { indexablePage, type IndexablePage } from '../lib/search-index.ts';
import { SEARCH_VOCABULARY_PATH } from '../lib/routes.ts';

/**
 * Text indexed on its own page only: the calculator's notes on how it works are indexed on /calculator/, not again on
 * a guide that embeds the calculator (its form is already ignored).
 */
const indexedOnce = ['.guide-page [aria-labelledby="calc-method"]'];

/**
 * Copies every built page of `site` (not Pagefind's own) into `staging` with its table cells and list items
 * separated, so that Pagefind reads the copies in one `addDirectory` call: its own parallel reader is three times as
 * fast as sending the pages one by one, and the built pages stay as they are. Returns what Pagefind will read of
 * each page, in path order.
 */
async function stagePages(site: string, staging: string): Promise<IndexablePage[]> {
  const pages = (await readdir(site, { recursive: true })).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
  return Promise.all(
    pages.toSorted().map(async (file) => {
      const copy = join(staging, file);
      const page = indexablePage(await readFile(join(site, file), 'utf8'));
      await mkdir(dirname(copy), { recursive: true });
      await writeFile(copy, page.html);
      return page;
    }),
  );
}

/** Indexes the built `site` (a path ending in `/`) into its pagefind/ and returns the page count; the caller closes. */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: indexedOnce });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const staging = await mkdtemp(join(tmpdir(), 'pagefind-pages-'));
  let pages: IndexablePage[];
  try {
    pages = await stagePages(site, staging);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  // Only the words of what was indexed, so a suggestion always finds something.
  await writeFile(`${site}${SEARCH_VOCABULARY_PATH.slice(1)}`, JSON.stringify(vocabularyOf(pages.map((p) => p.text))));
  // A page without data-pagefind-body, once others have one, is not indexed.
  return pages.filter((p) => p.indexed).length;
}

/** Indexes the built site in `dir` and reports the page count and time to `info`; throws when no page was indexed. */
export async function indexBuiltSite(dir: string, info: (message: string) => void): Promise<void> {
  const started = performance.now();
  // Pagefind's backing process is stopped whatever happened, so a failed build does not hang.
  const pages = await indexSite(`${dir.replace(/\/$/, '')}/`).finally(() => pagefind.close());
  if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body on the content?');
  info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
}

/**
 * Whether `npm run build` runs this build: its script indexes once `astro build` has exited (scripts/index-search.ts),
 * so Pagefind's memory never adds to Astro's. Any other `astro build` (npm start, npm test) indexes in build:done.
 */
export const indexedAfterAstro = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env['npm_lifecycle_event'] === 'build';

/** Astro integration: index every built page that marks its content with data-pagefind-body. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (indexedAfterAstro()) logger.info('The search index is written once astro build exits.');
        else await indexBuiltSite(fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
