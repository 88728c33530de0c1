/**
 * A guide's Markdown as HTML, with its headings, rendered by Astro's own Markdown renderer (Sätteri) with the site's
 * settings. Guides are rendered here, when a page needs them, rather than stored rendered in Astro's content store
 * (see guidesLoader in src/lib/content/loader.ts). Each guide is rendered once per build.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HeadingInput } from '../lib/api/guides.ts';
import { contentAt } from '../lib/content/reader.ts';
import { markdown } from '../site.config.ts';

/** What a page shows of a guide's body. */
export interface RenderedGuide {
  html: string;
  headings: HeadingInput[];
}

let renderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;
const rendered = new Map<string, Promise<RenderedGuide>>();

/** The guide's Markdown body as the content reader read it; a build error naming the guide when there is none. */
export function guideBody(id: string): string {
  const guide = contentAt(process.cwd()).guides.find((g) => g.id === id);
  if (!guide) throw new Error(`No guide "${id}" in content/guides/.`);
  return guide.body;
}

async function render(id: string): Promise<RenderedGuide> {
  renderer ??= createSatteriMarkdownProcessor(markdown);
  const { code, metadata } = await (await renderer).render(guideBody(id));
  return { html: code, headings: metadata.headings };
}

/** The guide `id` rendered (once per build). */
export function renderGuide(id: string): Promise<RenderedGuide> {
  let result = rendered.get(id);
  if (!result) rendered.set(id, (result = render(id)));
  return result;
}
