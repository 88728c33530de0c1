/** The content loaders validate each file once: they store what the content reader parsed, never re-running a schema. */
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { checkedLoader, dataLoader } from '../../src/lib/content/loader.ts';
import { contentAt } from '../../src/lib/content/reader.ts';

const root = process.cwd();

/** A loader context over this project whose own parseData fails: a loader that calls it validates twice. */
function context(stored: Map<string, unknown>): LoaderContext {
  return {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => stored.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data),
    },
    parseData: () => {
      throw new Error('The schema ran a second time.');
    },
    logger: { error: () => {} },
  } as unknown as LoaderContext;
}

describe('content loaders', () => {
  it('store each data entry as the reader parsed it, without running the schema again', async () => {
    const stored = new Map<string, unknown>();
    await dataLoader('roles').load(context(stored));
    const roles = contentAt(root).collections.roles;
    expect(roles.length).toBeGreaterThan(0);
    expect([...stored.keys()]).toEqual(roles.map((r) => r.id));
    for (const r of roles) expect(stored.get(r.id)).toBe(r.data);
  });
  it("give the guides' inner loader the reader's front matter for each slug, and name a slug it does not know", async () => {
    const guide = contentAt(root).guides[0]!;
    let parsed: unknown;
    const inner: Loader = {
      name: 'inner',
      load: async (ctx) => {
        parsed = await ctx.parseData({ id: guide.slug, data: {} });
        await expect(ctx.parseData({ id: 'no-such-guide', data: {} })).rejects.toThrow(
          'No guide has the slug "no-such-guide".',
        );
      },
    };
    await checkedLoader('guides', inner).load(context(new Map()));
    expect(parsed).toBe(guide.data);
  });
});
