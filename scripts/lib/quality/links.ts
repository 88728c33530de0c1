/** Finding the internal links in a built page and working out which URL path and fragment each points at. */
import { scanTags } from './html.ts';

/** One `href` or `src` value found in a page. */
export interface FoundLink {
  tag: string;
  attr: 'href' | 'src';
  value: string;
}

/** Where an internal link points: a URL path on this site and, when it has one, a fragment. */
export interface LinkTarget {
  path: string;
  fragment?: string;
}

/** Every `href` and `src` in the page, in document order, each distinct value once. */
export function extractLinks(html: string): FoundLink[] {
  const seen = new Set<string>();
  const links: FoundLink[] = [];
  for (const tag of scanTags(html)) {
    for (const attr of ['href', 'src'] as const) {
      const value = tag.attrs[attr];
      if (value === undefined || seen.has(value)) continue;
      seen.add(value);
      links.push({ tag: tag.name, attr, value });
    }
  }
  return links;
}

/** The fragments a page can be linked to: every `id`, and `name` on `<a>`. */
export function extractAnchors(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const tag of scanTags(html)) {
    if (tag.attrs['id']) anchors.add(tag.attrs['id']);
    if (tag.name === 'a' && tag.attrs['name']) anchors.add(tag.attrs['name']);
  }
  return anchors;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Resolves a link on the page at `pageUrl` against `origin`; `null` for other sites, `mailto:`, `tel:`, `data:` and the like. */
export function resolveLink(value: string, pageUrl: string, origin: string): LinkTarget | null {
  const raw = value.trim();
  if (/^[a-z][a-z\d+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, new URL(pageUrl, origin));
  } catch {
    return { path: raw };
  }
  if (url.origin !== new URL(origin).origin) return null;
  const fragment = decode(url.hash.slice(1));
  return fragment ? { path: decode(url.pathname), fragment } : { path: decode(url.pathname) };
}
