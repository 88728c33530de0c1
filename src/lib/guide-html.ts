/**
 * A guide is Markdown with a few tags of ours (`<Fact id="…" />`, `<SalaryTable />`). The Markdown renderer passes
 * those tags through as they are written; this module cuts the rendered HTML at each tag and at each section heading,
 * so the guide page can render them with its components while the rest stays the renderer's HTML.
 */

/** The tags a guide may use, as `guideComponents` (src/components/guide/index.ts) renders them. */
export const GUIDE_TAGS = [
  'Band',
  'BandExplorer',
  'Benchmark',
  'Benchmarks',
  'Calculator',
  'Cite',
  'Claim',
  'Cities',
  'CompactCalculator',
  'EorUplift',
  'Fact',
  'FactReason',
  'HiringModels',
  'Level',
  'ModelComparison',
  'Rate',
  'RoleComparison',
  'SalaryChart',
  'SalaryTable',
] as const;

export type GuideTag = (typeof GUIDE_TAGS)[number];

/** A value a tag's attribute can carry: text, a number or true/false (a bare attribute is true). */
export type TagValue = string | number | boolean;

/** One piece of a rendered guide, in reading order. */
export type GuidePart =
  | { kind: 'html'; html: string }
  | { kind: 'tag'; name: GuideTag; props: Record<string, TagValue>; source: string }
  | { kind: 'heading'; level: 2 | 3; id: string; html: string };

/** A self-closing tag whose name starts with a capital letter, with its attributes. */
const TAG_SOURCE = String.raw`<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/>`;
const ATTRIBUTE = /([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;
/** Every tag in a text, for the checks on the source. */
const TAG = new RegExp(TAG_SOURCE, 'g');
const PARTS = new RegExp(`${TAG_SOURCE}|<h([23]) id="([^"]*)">([\\s\\S]*?)</h\\3>`, 'g');
const ONE_TAG = new RegExp(TAG_SOURCE);
const ALONE = new RegExp(`^\\s*${TAG_SOURCE}\\s*$`);

const inHeading = (tag: string) => `${tag} is in a heading; tags cannot go in headings.`;

const isGuideTag = (name: string): name is GuideTag => (GUIDE_TAGS as readonly string[]).includes(name);

/** What is wrong with a tag's name, or undefined when it is one of ours. */
function tagProblem(name: string): string | undefined {
  if (isGuideTag(name)) return undefined;
  return `<${name} /> is not a tag guides can use. The tags are: ${GUIDE_TAGS.map((t) => `<${t}>`).join(', ')}.`;
}

/** The attributes of a tag: `id="x"` is text, `headingLevel={4}` a number, `{true}`/`{false}` and bare `usd` booleans. */
export function tagProps(source: string, attributes: string): Record<string, TagValue> {
  const props: Record<string, TagValue> = {};
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const [, name, double, single, braced] = m;
    const text = double ?? single;
    if (text !== undefined) props[name!] = text;
    else if (braced === undefined) props[name!] = true;
    else {
      const value = braced.trim();
      if (value === 'true' || value === 'false') props[name!] = value === 'true';
      else if (/^-?\d+(\.\d+)?$/.test(value)) props[name!] = Number(value);
      else
        throw new Error(
          `${source}: only a number, true or false can go between braces; put text in quotes ("…") instead.`,
        );
    }
  }
  return props;
}

/**
 * Cuts a guide's rendered HTML into HTML, tags and h2/h3 headings, in order. `href` rewrites the address of each
 * Markdown link (the page gives site-relative ones the site's base). A tag that is not ours is an error.
 */
export function guideParts(html: string, href: (address: string) => string = (a) => a): GuidePart[] {
  const parts: GuidePart[] = [];
  const links = (text: string) => text.replace(/<a href="([^"]*)"/g, (_, a: string) => `<a href="${href(a)}"`);
  let at = 0;
  for (const m of html.matchAll(PARTS)) {
    if (m.index > at) parts.push({ kind: 'html', html: links(html.slice(at, m.index)) });
    at = m.index + m[0].length;
    const [source, name, attributes, level, id, inner] = m;
    if (name !== undefined) {
      const problem = tagProblem(name);
      if (problem) throw new Error(problem);
      parts.push({ kind: 'tag', name: name as GuideTag, props: tagProps(source, attributes ?? ''), source });
    } else {
      const tag = ONE_TAG.exec(inner!);
      if (tag) throw new Error(inHeading(tag[0]));
      parts.push({ kind: 'heading', level: level === '2' ? 2 : 3, id: id!, html: links(inner!) });
    }
  }
  if (at < html.length) parts.push({ kind: 'html', html: links(html.slice(at)) });
  return parts;
}

/** A mistake in how a guide's source uses tags, with its line (1 = the body's first line). */
export interface TagProblem {
  line: number;
  message: string;
}

/**
 * Checks the tags in a guide's Markdown source: each is one of ours with readable attributes, none is in a heading,
 * and a tag alone on a line that starts a block has a blank line after it (otherwise the renderer passes the lines
 * after it through unread, so their Markdown would show as typed).
 */
export function tagProblems(body: string): TagProblem[] {
  const problems: TagProblem[] = [];
  const lines = body.split(/\r?\n/);
  lines.forEach((text, i) => {
    const line = i + 1;
    for (const m of text.matchAll(TAG)) {
      const problem = tagProblem(m[1]!);
      if (problem) problems.push({ line, message: problem });
      try {
        tagProps(m[0], m[2] ?? '');
      } catch (error) {
        problems.push({ line, message: (error as Error).message });
      }
      if (/^ {0,3}#{1,6}\s/.test(text)) problems.push({ line, message: inHeading(m[0]) });
    }
    const alone = ALONE.exec(text);
    const startsBlock = i === 0 || lines[i - 1]!.trim() === '';
    const next = lines[i + 1];
    if (alone && startsBlock && next !== undefined && next.trim() !== '')
      problems.push({
        line,
        message: `Put a blank line after ${alone[0].trim()}: the lines that follow it straight away are shown as typed, without their Markdown.`,
      });
  });
  return problems;
}
