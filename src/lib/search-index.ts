/**
 * What the search indexer reads of a built page, prepared through the HTML parser (src/lib/hast.ts), never patterns:
 * the page with its cells separated, and the text the index will hold, for the "did you mean" words.
 */
import type { HastNode } from 'satteri';
import { parseHtml, serializeHtml } from './hast.ts';

// Pagefind joins the text of neighbouring cells that compressed HTML leaves unseparated ("Best for" + "Bangalore"
// became one word, "forBangalore"): a space after each of these keeps them two words.
const separated = new Set(['td', 'th', 'caption', 'li', 'dt', 'dd']);
const unread = new Set(['script', 'style', 'template', 'noscript']);

/** A built page as the indexer should read it, and the text of its indexed part. */
export interface IndexablePage {
  html: string;
  /** Whether the page has a `data-pagefind-body` element: only such pages are indexed. */
  indexed: boolean;
  /** The words of the page's `data-pagefind-body` elements, outside `data-pagefind-ignore`; empty without one. */
  text: string;
}

const childrenOf = (node: HastNode): HastNode[] => ('children' in node ? (node.children as HastNode[]) : []);

/** Puts a space after every separated element below `node`, in the parsed tree itself. */
function separateCells(node: HastNode): void {
  const children = childrenOf(node);
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    separateCells(child);
    if (child.type === 'element' && separated.has(child.tagName))
      children.splice(i + 1, 0, { type: 'text', value: ' ' });
  }
}

/** Pushes the text of `node` that the index holds onto `out`; returns whether `node` holds a `data-pagefind-body`. */
function collectText(node: HastNode, inBody: boolean, out: string[]): boolean {
  if (node.type === 'text') {
    if (inBody) out.push(node.value);
    return false;
  }
  const element = node.type === 'element' ? node : undefined;
  if (element && (unread.has(element.tagName) || 'dataPagefindIgnore' in element.properties)) return false;
  const isBody = element !== undefined && 'dataPagefindBody' in element.properties;
  let found = isBody;
  for (const child of childrenOf(node)) found = collectText(child, inBody || isBody, out) || found;
  return found;
}

/** Parses `html` once: the copy to index (cells separated) and the text of what will be indexed. */
export function indexablePage(html: string): IndexablePage {
  const root = parseHtml(html);
  separateCells(root);
  const parts: string[] = [];
  const indexed = collectText(root, false, parts);
  return { html: serializeHtml(root), indexed, text: parts.join(' ') };
}
