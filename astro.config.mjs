// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import { guideElementNames } from './src/schemas/guide-components.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { islandStylesInHead } from './src/integrations/island-styles.ts';
import { ogCardsEarly } from './src/integrations/og-cards.ts';
import { decapAdmin } from './src/integrations/admin.ts';
import { lastModified, lastmodOf } from './src/lib/content/lastmod.ts';
import { contentAt } from './src/lib/content/reader.ts';
import { SEARCH_PATH } from './src/lib/routes.ts';

// The same read the content loaders use (and check), made when the sitemap is written: by then the loaders have
// reported any broken content with the editor's message, and lastModified never throws on it either.
/** @type {ReturnType<typeof lastModified> | undefined} */
let modified;
const contentDates = () => (modified ??= lastModified(contentAt(fileURLToPath(new URL('.', import.meta.url)))));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // Static Markdown becomes HTML strings at compile time, except the elements the guide page renders with components.
    mdx({ optimize: { ignoreElementNames: [...guideElementNames] } }),
    preact(),
    sitemap({
      // The search page is for readers who are already here; it also carries robots noindex.
      filter: (page) => !new URL(page).pathname.endsWith(SEARCH_PATH),
      // lastmod comes from the content's own dates, so a rebuild alone does not mark pages as changed.
      serialize: (item) => ({ ...item, ...lastmodOf(contentDates(), item.url) }),
    }),
    // First of the build:done hooks, so the search index and every check read the pages as published.
    islandStylesInHead(),
    pagefindIndex(),
    ogCardsEarly(),
    decapAdmin(),
  ],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
