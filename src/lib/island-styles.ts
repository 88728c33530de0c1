/**
 * Astro writes the style its islands need (`astro-island{display:contents}` and the like) just before a page's
 * first island, inside `<body>`, where HTML allows no style element; Astro 7 has no option to place it elsewhere.
 * This moves it into `<head>`, reading and writing the page as a tree.
 */
import { elementsOf, firstElement, parseHtml, serializeHtml, textOf, type HastElement } from './hast.ts';

/** The rule Astro 7 writes with its island hydration scripts (astro/dist/runtime/server/astro-island-styles.js). */
export const ISLAND_STYLE_RULES = 'astro-island,astro-slot,astro-static-slot{display:contents}';

const isIslandStyle = (e: HastElement): boolean => e.tagName === 'style' && textOf(e) === ISLAND_STYLE_RULES;

/** `html` with every island style element removed from the body and one at the end of `<head>`; else unchanged. */
export function hoistIslandStyles(html: string): string {
  const tree = parseHtml(html);
  const head = firstElement(tree, 'head');
  const body = firstElement(tree, 'body');
  if (!head || !body) return html;
  let moved: HastElement | undefined;
  for (const parent of [...elementsOf(body)]) {
    const kept = parent.children.filter((c) => !(c.type === 'element' && isIslandStyle(c)));
    if (kept.length === parent.children.length) continue;
    moved ??= parent.children.find((c): c is HastElement => c.type === 'element' && isIslandStyle(c));
    parent.children = kept;
  }
  if (!moved) return html;
  if (!head.children.some((c) => c.type === 'element' && isIslandStyle(c))) head.children.push(moved);
  return serializeHtml(tree);
}
