/**
 * Which pages a change shows readers differently: each built page's main text (parsed, not matched with patterns),
 * before and after, compared page by page. The pull request's data report lists them.
 */
import { firstElement, parseHtml, textOf } from '../../../src/lib/hast.ts';

/** Elements whose content a reader does not see as text. */
const unseen = new Set(['script', 'style', 'template']);

/** The text a reader sees in a page's `<main>` (the whole body when it has none), whitespace collapsed. */
export function mainText(html: string): string {
  const root = parseHtml(html);
  return textOf(firstElement(root, 'main') ?? root, unseen);
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
