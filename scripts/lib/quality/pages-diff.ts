/**
 * Which pages a change shows readers differently: each built page's main text (parsed, not matched with patterns),
 * before and after, compared page by page. The pull request's data report lists them.
 */
import type { HastNode } from 'satteri';
import { firstElement, parseHtml } from '../../../src/lib/hast.ts';

/** The text a reader sees in a page's `<main>` (the whole body when it has none), whitespace collapsed. */
export function mainText(html: string): string {
  const root = parseHtml(html);
  const parts: string[] = [];
  const walk = (n: HastNode): void => {
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' && ['script', 'style', 'template'].includes(n.tagName)) return;
    else if ('children' in n) for (const c of n.children) walk(c as HastNode);
  };
  walk(firstElement(root, 'main') ?? root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Pages (by path) whose main text changed, appeared or went, between two builds given as path → HTML. */
export function changedPages(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): { changed: string[]; added: string[]; removed: string[] } {
  const sorted = (list: Iterable<string>) => [...list].sort();
  return {
    changed: sorted(
      [...after.keys()].filter((p) => before.has(p) && mainText(before.get(p)!) !== mainText(after.get(p)!)),
    ),
    added: sorted([...after.keys()].filter((p) => !before.has(p))),
    removed: sorted([...before.keys()].filter((p) => !after.has(p))),
  };
}

/** The report's section: a list of page paths under each heading, or a line saying no page changed. */
export function renderPagesReport(pages: ReturnType<typeof changedPages>): string {
  const list = (title: string, paths: string[]) =>
    paths.length === 0 ? [] : [`**${title}**`, '', ...paths.map((p) => `- \`${p}\``), ''];
  const lines = [
    ...list('Pages whose text changes', pages.changed),
    ...list('New pages', pages.added),
    ...list('Pages removed', pages.removed),
  ];
  return ['## Pages readers see differently', '', ...(lines.length > 0 ? lines : ['No page changes.', ''])].join('\n');
}
