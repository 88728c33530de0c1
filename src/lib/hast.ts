/**
 * HTML read and changed as a tree, never with patterns over its text: satteri's HTML parser and serializer (the
 * same library that compiles the guides' MDX), with hast's property names mapped back to attribute names.
 */
import { find, html as htmlProperties } from 'property-information';
import { hastToHtml, htmlToHast, type HastNode } from 'satteri';

/** One element of a parsed tree. */
export type HastElement = Extract<HastNode, { type: 'element' }>;

/** A whole page (`<html>` implied when missing), or with `fragment` the string's own top-level nodes. */
export const parseHtml = (html: string, options: { fragment?: boolean } = {}): HastNode => htmlToHast(html, options);

/** The tree written back as HTML; a doctype as Astro writes it (`<!DOCTYPE html>`, which the HTML check asks for). */
export const serializeHtml = (tree: HastNode): string =>
  tree.type === 'root'
    ? tree.children.map((c) => (c.type === 'doctype' ? '<!DOCTYPE html>' : hastToHtml(c as HastNode))).join('')
    : hastToHtml(tree);

/** Every element below `node` (and `node` itself when it is one), in document order, template contents included. */
export function* elementsOf(node: HastNode): Generator<HastElement> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elementsOf(child as HastNode);
}

/** The first element named `tagName` below `node`, in document order. */
export const firstElement = (node: HastNode, tagName: string): HastElement | undefined =>
  elementsOf(node).find((e) => e.tagName === tagName);

/**
 * The text of `node`, each element boundary read as a space and white space (no-break spaces too) collapsed;
 * elements named in `skip` (such as script and style) and their content are left out.
 */
export function textOf(node: HastNode, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  const walk = (n: HastNode): void => {
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' && skip.has(n.tagName)) return;
    else if ('children' in n) for (const c of n.children) walk(c as HastNode);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** An element's attributes under their HTML names, values as written: lists joined, a boolean attribute as "". */
export function attributesOf(element: HastElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(htmlProperties, property);
    attributes[info.attribute] =
      value === true ? '' : Array.isArray(value) ? value.join(info.commaSeparated ? ',' : ' ') : String(value);
  }
  return attributes;
}
