/** Astro content loaders over the one content reader: any problem it finds fails the build with the editor's message. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './problems.ts';
import { contentAt, forgetContent, type Content } from './reader.ts';
import type { DataCollectionName } from './registry.ts';

/** The checked content of the project being built; throws {@link ContentError} listing every problem. */
function checkedContent(context: LoaderContext): Content {
  const content = contentAt(fileURLToPath(context.config.root));
  if (content.problems.length > 0) throw new ContentError(content.problems);
  return content;
}

/** Re-reads content when an editor changes a file under content/ (dev server only). */
function watchContent(context: LoaderContext, sync: () => Promise<void>): void {
  const root = fileURLToPath(context.config.root);
  const dir = join(root, 'content');
  context.watcher?.add(dir);
  context.watcher?.on('change', (changed) => {
    if (!changed.startsWith(dir)) return;
    forgetContent(root);
    sync().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
  });
}

/** Loads one data collection from the reader, instead of `file()`, which only logs syntax errors. */
export function dataLoader(name: DataCollectionName): Loader {
  return {
    name: `content-data:${name}`,
    load: async (context) => {
      const sync = async (): Promise<void> => {
        const entries = checkedContent(context).collections[name];
        context.store.clear();
        for (const entry of entries) {
          const data = await context.parseData({ id: entry.id, data: entry.raw });
          context.store.set({ id: entry.id, data, filePath: entry.file });
        }
      };
      await sync();
      watchContent(context, sync);
    },
  };
}

/**
 * Loads the guides' front matter from the reader. Their Markdown stays out of Astro's content store: the guide page
 * renders it (src/data/guide-render.ts). Astro writes the whole store into one JavaScript module for the build, and
 * Node takes superlinear time to compile a module that size (45 s for the 58 MB of 1,000 rendered guides).
 */
export function guidesLoader(): Loader {
  return {
    name: 'content-guides',
    load: async (context) => {
      const sync = async (): Promise<void> => {
        const guides = checkedContent(context).guides;
        context.store.clear();
        for (const guide of guides) {
          const data = await context.parseData({ id: guide.id, data: guide.raw as Record<string, unknown> });
          context.store.set({ id: guide.id, data, filePath: guide.file });
        }
      };
      await sync();
      watchContent(context, sync);
    },
  };
}
