/** The elements of a built page, read with the site's HTML parser (src/lib/hast.ts), for the link, budget and SEO checks. */
import { attributesOf, elementsOf, parseHtml } from '../../../src/lib/hast.ts';

/** One element, with its attributes (HTML names, values decoded) and, for script, style and title, its text. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The element's text, for `<script>`, `<style>` and `<title>` only. */
  text?: string;
}

const WITH_TEXT = new Set(['script', 'style', 'title']);

/** Every element of the page in document order (comments and the insides of scripts and styles are not elements). */
export function scanTags(html: string): Tag[] {
  return [...elementsOf(parseHtml(html))].map((e) => {
    const tag: Tag = { name: e.tagName, attrs: attributesOf(e) };
    if (WITH_TEXT.has(e.tagName)) tag.text = e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    return tag;
  });
}

/** True when a `rel` attribute lists `value` among its space-separated tokens. */
export function hasRel(tag: Tag, value: string): boolean {
  return (tag.attrs['rel'] ?? '').toLowerCase().split(/\s+/).includes(value);
}
