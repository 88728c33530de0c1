/** Builds the Pagefind search index into dist/pagefind/ once Astro has written the site. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the built `site` (a path ending in `/`) into its pagefind/ and returns the page count; the caller closes. */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  return added.page_count;
}

/** Astro integration: index every built page that marks its content with data-pagefind-body. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Pagefind's backing process is stopped whatever happened, so a failed build does not hang.
        const pages = await indexSite(fileURLToPath(dir)).finally(() => pagefind.close());
        if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body on the content?');
        logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
