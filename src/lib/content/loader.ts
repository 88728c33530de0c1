/** An Astro content loader over {@link readCollection}: a broken or empty data file fails the build with the editor's message. */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readCollection } from './read.ts';
import type { DataCollectionSpec } from './registry.ts';

/** Loads one data collection strictly, instead of `file()`, which only logs syntax errors. */
export function strictDataLoader(name: string, spec: DataCollectionSpec): Loader {
  return {
    name: `strict-data:${name}`,
    load: async ({ config, store, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async (): Promise<void> => {
        const entries = readCollection(root, spec);
        store.clear();
        for (const entry of entries) {
          const data = await parseData({ id: entry.id, data: entry.raw });
          store.set({ id: entry.id, data, filePath: entry.file });
        }
      };
      await sync();
      watcher?.add(`${root}/${spec.path}`);
      watcher?.on('change', (changed) => {
        if (!changed.includes(spec.path)) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
