// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { markdown, site } from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { ogCardsEarly } from './src/integrations/og-cards.ts';
import { decapAdmin } from './src/integrations/admin.ts';
import { lastModified, lastmodOf } from './src/lib/content/lastmod.ts';
import { contentAt } from './src/lib/content/reader.ts';
import { SEARCH_PATH } from './src/lib/routes.ts';

// The same read the content loaders use (and check): one read of content/ per build.
const modified = lastModified(contentAt(fileURLToPath(new URL('.', import.meta.url))));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    preact(),
    sitemap({
      // The search page is for readers who are already here; it also carries robots noindex.
      filter: (page) => !new URL(page).pathname.endsWith(SEARCH_PATH),
      // lastmod comes from the content's own dates, so a rebuild alone does not mark pages as changed.
      serialize: (item) => ({ ...item, ...lastmodOf(modified, item.url) }),
    }),
    pagefindIndex(),
    ogCardsEarly(),
    decapAdmin(),
  ],
  markdown,
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
