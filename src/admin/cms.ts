/**
 * The form at /admin, in the browser: registers each collection's format (keeping comments and untouched lines) and
 * a check before every save that refuses what `npm run check:content` would refuse, with its message; then starts
 * Decap CMS, which loads after this script.
 */
import { formCollections, schemaHeader, type FormCollection } from '../lib/cms/collections.ts';
import { formProblems } from '../lib/cms/form-check.ts';
import { entryFormat, frontMatterFormat, listFormat, type CmsFormat } from '../lib/cms/formats.ts';

interface Entry {
  get(key: 'collection' | 'path' | 'slug'): string | undefined;
  get(key: 'data'): { toJS(): Record<string, unknown> };
}
interface Decap {
  registerCustomFormat(name: string, extension: string, format: CmsFormat): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Entry }) => void }): void;
  init(): void;
}
declare global {
  interface Window {
    CMS?: Decap;
    CMS_MANUAL_INIT?: boolean;
  }
}

window.CMS_MANUAL_INIT = true;

const formats = new Map<string, { collection: FormCollection; format: CmsFormat }>(
  formCollections.map((c) => {
    const format =
      c.kind === 'list' ? listFormat() : c.kind === 'dir' ? entryFormat(schemaHeader(c.name)) : frontMatterFormat();
    return [c.name, { collection: c, format }];
  }),
);

/** Where a save of `data` writes, from the project root. */
function pathOf(collection: FormCollection, entry: Entry, data: Record<string, unknown>): string {
  if (collection.kind === 'list') return collection.path;
  if (collection.kind === 'dir') return `${collection.path}/${String(data['id'])}.yaml`;
  return entry.get('path') ?? `${collection.path}/${String(data['slug'])}.md`;
}

addEventListener('DOMContentLoaded', () => {
  const cms = window.CMS;
  if (!cms) return;
  for (const { collection, format } of formats.values())
    cms.registerCustomFormat(collection.format, collection.kind === 'guides' ? 'md' : 'yaml', format);
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const found = formats.get(entry.get('collection') ?? '');
      if (!found) return;
      const data = entry.get('data').toJS();
      const problems = formProblems(found.collection, pathOf(found.collection, entry, data), found.format.toFile(data));
      if (problems.length > 0) throw new Error(`Not saved. ${problems.join(' ')}`);
    },
  });
  cms.init();
});
