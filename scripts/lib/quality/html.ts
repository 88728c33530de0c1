/** A small tag scanner for the HTML Astro writes: enough to read attributes and inline script/style text, not a full parser. */

/** One start tag, with its attributes (names lower-cased, values decoded) and, for script and style, its text. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The element's text, for `<script>` and `<style>` only. */
  text?: string;
  /** 1-based line of the tag in the document. */
  line: number;
}

const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTR = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x2F;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}

/** Reads the attributes of one start tag's inner text (`href="/x/" class=a hidden`). */
export function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name in attrs) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Every start tag in document order, skipping comments and the insides of scripts and styles. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let line = 1;
  let last = 0;
  for (const m of html.matchAll(TOKEN)) {
    if (m[0].startsWith('<!--')) continue;
    for (let i = last; i < m.index; i++) if (html.charCodeAt(i) === 10) line++;
    last = m.index;
    if (m[1] !== undefined) {
      tags.push({ name: m[1].toLowerCase(), attrs: parseAttributes(m[2] ?? ''), text: m[3] ?? '', line });
    } else {
      tags.push({ name: (m[4] ?? '').toLowerCase(), attrs: parseAttributes(m[5] ?? ''), line });
    }
  }
  return tags;
}

/** True when a `rel` attribute lists `value` among its space-separated tokens. */
export function hasRel(tag: Tag, value: string): boolean {
  return (tag.attrs['rel'] ?? '').toLowerCase().split(/\s+/).includes(value);
}
