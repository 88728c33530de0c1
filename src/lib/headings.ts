/**
 * The headings of an MDX body read from its source, as Astro's `render(entry).headings` reports them (depth, slug,
 * text), without compiling or rendering it. Only for plain headings: anything it cannot be sure of gives undefined.
 */

/** A heading of a page. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/**
 * Heading text read as it stands: ASCII letters, digits, single spaces and punctuation that is neither markup (code,
 * emphasis, links, JSX, entities, escapes) nor turned typographic by the renderer (quotes, `--`, `...`), and ₹.
 * Anything else (other scripts, symbols) is left to the renderer, whose slugs and text are then the truth.
 */
export const PLAIN_HEADING = /^(?!.*(?:--|\.\.\.|  ))[A-Za-z0-9 .,:;!?()/+%#@$=₹-]+$/;
// Headings inside block quotes or lists, and HTML headings: left to the renderer.
const UNSURE = /^\s*(>|[*+-]|\d+[.)])\s+#|<h[1-6][\s>]/i;
// A setext underline when it follows a paragraph line (after a blank line, `---` is a thematic break).
const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

/** Slugs as GitHub (and Astro) make them: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function slugger(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    let slug = base;
    while (occurrences.has(slug)) {
      const n = occurrences.get(base)! + 1;
      occurrences.set(base, n);
      slug = `${base}-${n}`;
    }
    occurrences.set(slug, 0);
    return slug;
  };
}

/** Every ATX heading outside code fences, or undefined when the body has markup only the renderer reads right. */
export function sourceHeadings(body: string): Heading[] | undefined {
  const slug = slugger();
  const out: Heading[] = [];
  let fence: string | undefined;
  let paragraph = false;
  for (const line of body.split(/\r?\n/)) {
    const f = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (f !== undefined && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
      continue;
    }
    if (f !== undefined) {
      fence = f;
      paragraph = false;
      continue;
    }
    if ((paragraph && UNDERLINE.test(line)) || UNSURE.test(line)) return undefined;
    const m = ATX.exec(line);
    paragraph = !m && line.trim() !== '';
    if (!m) continue;
    const text = m[2]!.trim();
    if (!PLAIN_HEADING.test(text)) return undefined;
    out.push({ depth: m[1]!.length, slug: slug(text), text });
  }
  return out;
}
