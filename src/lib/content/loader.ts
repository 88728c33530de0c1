/**
 * Astro content loaders over the one content reader: any problem it finds fails the build with the editor's message.
 * The reader has already run each collection's schema, so the loaders store what it parsed instead of asking Astro's
 * `parseData` to run the same schema a second time: every file is validated once per build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './problems.ts';
import { contentAt, forgetContent, type Content } from './reader.ts';
import { guidesDir, type DataCollectionName } from './registry.ts';

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
          context.store.set({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
        }
      };
      await sync();
      watchContent(context, sync);
    },
  };
}

/**
 * Runs every content check before the guides' `inner` loader reads them, so a broken guide fails with the editor's
 * message, not Astro's; `inner` gets each guide's front matter as the reader parsed it, keyed by slug.
 */
export function checkedLoader(name: string, inner: Loader): Loader {
  return {
    name: `content-checked:${name}`,
    load: async (context) => {
      checkedContent(context);
      // The entry id is the slug (generateId in src/content.config.ts).
      const parseData: LoaderContext['parseData'] = async ({ id: slug }) => {
        const guide = checkedContent(context).guides.find((g) => g.slug === slug);
        if (!guide) throw new ContentError([{ file: guidesDir, entry: slug, message: `No guide has the slug "${slug}".` }]);
        return guide.data as never;
      };
      await inner.load({ ...context, parseData });
      watchContent(context, async () => {
        checkedContent(context);
      });
    },
  };
}
