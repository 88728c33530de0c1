/**
 * What the search indexer reads of a built page, prepared through the HTML parser (src/lib/hast.ts), never patterns:
 * the page with its cells separated, and the text the index will hold, for the "did you mean" words.
 */
import type { HastNode } from 'satteri';
import { parseHtml, serializeHtml } from './hast.ts';

/** The parts of a hast node this module reads. */
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

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

const has = (n: Node, property: string): boolean => n.properties !== undefined && property in n.properties;

function withSpaces(n: Node): Node {
  if (!n.children) return n;
  const children = n.children.flatMap((c) =>
    c.tagName !== undefined && separated.has(c.tagName)
      ? [withSpaces(c), { type: 'text', value: ' ' }]
      : [withSpaces(c)],
  );
  return { ...n, children };
}

/** Pushes the text of `n` that the index holds onto `out`; returns whether `n` holds a `data-pagefind-body`. */
function collectText(n: Node, inBody: boolean, out: string[]): boolean {
  if (n.type === 'text') {
    if (inBody) out.push(n.value ?? '');
    return false;
  }
  if ((n.tagName !== undefined && unread.has(n.tagName)) || has(n, 'dataPagefindIgnore')) return false;
  const isBody = has(n, 'dataPagefindBody');
  let found = isBody;
  for (const c of n.children ?? []) found = collectText(c, inBody || isBody, out) || found;
  return found;
}

/** Parses `html` once: the copy to index (cells separated) and the text of what will be indexed. */
export function indexablePage(html: string): IndexablePage {
  const root = withSpaces(parseHtml(html) as unknown as Node);
  const parts: string[] = [];
  const indexed = collectText(root, false, parts);
  return { html: serializeHtml(root as unknown as HastNode), indexed, text: parts.join(' ') };
}
