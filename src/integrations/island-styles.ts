/**
 * Once the site is built, moves Astro's island style into each page's `<head>` (see src/lib/island-styles.ts).
 * Done on the written files, so no page is held back in memory while it renders.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyles } from '../lib/island-styles.ts';

/** Astro integration: island styles in `<head>` on every built page, before any other build:done hook reads them. */
export function islandStylesInHead(): AstroIntegration {
  return {
    name: 'island-styles-in-head',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        let moved = 0;
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const hoisted = hoistIslandStyles(html);
          if (hoisted === html) continue;
          await writeFile(file, hoisted);
          moved++;
        }
        logger.info(`Island styles moved into <head> on ${moved} of ${pages.length} pages.`);
      },
    },
  };
}
