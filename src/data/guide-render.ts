/**
 * A guide's file as the content reader read it (Markdown body, citations), and its Markdown as HTML with its headings,
 * rendered by Astro's own Markdown renderer (Sätteri) with the site's settings. Guides are rendered here, when a page
 * needs them, rather than stored rendered in Astro's content store (see guidesLoader in src/lib/content/loader.ts).
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HeadingInput } from '../lib/api/guides.ts';
import type { GuideFile } from '../lib/content/guides.ts';
import { contentAt, type Content } from '../lib/content/reader.ts';
import { markdown } from '../site.config.ts';

/** What a page shows of a guide's body. */
export interface RenderedGuide {
  html: string;
  headings: HeadingInput[];
}

let renderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;
const byId = new WeakMap<Content, Map<string, GuideFile>>();
// Keyed by the Markdown itself, so an edited guide is never served from an older render.
const rendered = new Map<string, Promise<RenderedGuide>>();

/** The guide's file as the content reader read it; a build error naming the guide when there is none. */
export function guideFile(id: string): GuideFile {
  const content = contentAt(process.cwd());
  let guides = byId.get(content);
  if (!guides) byId.set(content, (guides = new Map(content.guides.map((g) => [g.id, g]))));
  const guide = guides.get(id);
  if (!guide) throw new Error(`No guide "${id}" in content/guides/.`);
  return guide;
}

async function render(body: string): Promise<RenderedGuide> {
  renderer ??= createSatteriMarkdownProcessor(markdown);
  const { code, metadata } = await (await renderer).render(body);
  return { html: code, headings: metadata.headings };
}

/** The guide `id` rendered, once per build (and again in the dev server when its text changes). */
export function renderGuide(id: string): Promise<RenderedGuide> {
  const { body } = guideFile(id);
  let result = rendered.get(body);
  if (!result) rendered.set(body, (result = render(body)));
  return result;
}
