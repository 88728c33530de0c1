/**
 * A job posting as candidates read it, with the hiring team's fill-ins, rendered as Markdown, plain text or HTML.
 * Pure and small: the build renders the page and the downloads with it, and the page's script re-renders the same
 * text as the reader types. Nothing meant for the hiring team is in a posting.
 */

/** The fill-in placeholders, in the order they appear in the posting. */
export const placeholders = [
  { id: 'company', label: 'Company name', hint: 'As candidates know it.', long: false },
  { id: 'about', label: 'About the company', hint: 'Two or three sentences: what you build and for whom.', long: true },
  {
    id: 'location',
    label: 'Location or remote policy',
    hint: 'For example: Bengaluru, in the office three days a week.',
    long: false,
  },
  { id: 'benefits', label: 'Benefits', hint: 'Health cover, leave, learning budget, equity …', long: true },
  { id: 'apply', label: 'How to apply', hint: 'Where to send a CV, and what to include.', long: true },
] as const;

/** A placeholder's id. */
export type PlaceholderId = (typeof placeholders)[number]['id'];
/** What the reader typed, by placeholder; blank or missing ones stay as their bracketed label. */
export type Fills = Partial<Record<PlaceholderId, string>>;

/** One pay range the reader can choose: a seniority and an employer type from the salary data. */
export interface PayOption {
  /** `mid/broad-market`. */
  key: string;
  level: string;
  segment: string;
  /** "₹22–32 lakh a year". */
  range: string;
}

/** A posting's fixed text, already formatted at build time. */
export interface Posting {
  id: string;
  title: string;
  summary: string;
  owns: string[];
  mustHave: string[];
  niceToHave: string[];
  pay: PayOption[];
  /** "Confirm role fit: screening call, about 10 minutes". */
  steps: string[];
}

/** `[Company name]`: how a placeholder nobody filled in reads. */
export function unfilled(id: PlaceholderId): string {
  return `[${placeholders.find((p) => p.id === id)!.label}]`;
}

/** A run of text, or a placeholder's fill-in. */
type Part = { text: string; slot?: PlaceholderId };
/** A block of the posting: a heading, then paragraphs or a list. */
type Block = { heading: Part[]; paragraphs?: Part[][]; items?: string[]; ordered?: boolean };

const slot = (id: PlaceholderId): Part => ({ text: '', slot: id });
const text = (t: string): Part => ({ text: t });

function blocks(p: Posting, pay: PayOption): Block[] {
  return [
    { heading: [text('About '), slot('company')], paragraphs: [[slot('about')]] },
    { heading: [text('The role')], paragraphs: [[text(p.summary)], [text('Location: '), slot('location')]] },
    { heading: [text('What you will own')], items: p.owns },
    { heading: [text('What you need')], items: p.mustHave },
    ...(p.niceToHave.length > 0 ? [{ heading: [text('Nice to have')], items: p.niceToHave }] : []),
    { heading: [text('Pay')], paragraphs: [[text(pay.range)]] },
    { heading: [text('Benefits')], paragraphs: [[slot('benefits')]] },
    { heading: [text('How we interview')], items: p.steps, ordered: true },
    { heading: [text('How to apply')], paragraphs: [[slot('apply')]] },
  ];
}

/** The pay option for `key`, or the first. */
function payOption(p: Posting, key: string | undefined): PayOption {
  return p.pay.find((o) => o.key === key) ?? p.pay[0]!;
}

const filled = (fills: Fills, id: PlaceholderId): string | undefined => {
  const v = fills[id]?.trim();
  return v ? v : undefined;
};

// Characters that would change the meaning of ordinary text in Markdown.
const escapeMd = (text: string): string => text.replace(/([\\`*_[\]<>#])/g, '\\$1');
// Text written into the HTML copy: each character that HTML reads as markup becomes its entity, one character at a
// time (no pattern over the text, which is not HTML yet).
const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string): string => Array.from(text, (c) => htmlEntities[c] ?? c).join('');

/** The posting as Markdown, with the reader's fill-ins. */
export function postingMarkdown(p: Posting, fills: Fills, payKey?: string): string {
  const part = (x: Part) => escapeMd(x.slot ? (filled(fills, x.slot) ?? unfilled(x.slot)) : x.text);
  return render(p, payKey, part, {
    title: (t) => `# ${t}`,
    heading: (h) => `## ${h}`,
    paragraph: (t) => t,
    list: (items, ordered) => items.map((t, i) => `${ordered ? `${i + 1}.` : '-'} ${escapeMd(t)}`).join('\n'),
    join: (chunks) => `${chunks.join('\n\n')}\n`,
  });
}

/** The posting as plain text: headings in capitals, lists with hyphens, nothing to render. */
export function postingText(p: Posting, fills: Fills, payKey?: string): string {
  const part = (x: Part) => (x.slot ? (filled(fills, x.slot) ?? unfilled(x.slot)) : x.text);
  return render(p, payKey, part, {
    caps: true,
    title: (t) => t,
    heading: (h) => h,
    paragraph: (t) => t,
    list: (items, ordered) => items.map((t, i) => `${ordered ? `${i + 1}.` : '-'} ${t}`).join('\n'),
    join: (chunks) => `${chunks.join('\n\n')}\n`,
  });
}

/**
 * The posting as HTML for job boards that take rich text; headings start at `<h{level}>`. With `mark`, unfilled
 * placeholders are wrapped in `<mark class="slot">` so the page can show what is still to fill in.
 */
export function postingHtml(p: Posting, fills: Fills, payKey?: string, { level = 2, mark = false } = {}): string {
  const part = (x: Part) => {
    if (!x.slot) return escapeHtml(x.text);
    const v = filled(fills, x.slot);
    // Each line of the text escaped on its own, the lines joined by a line break.
    if (v)
      return v
        .split('\n')
        .map((line) => escapeHtml(line.replace('\r', '')))
        .join('<br>');
    return mark ? `<mark class="slot">${escapeHtml(unfilled(x.slot))}</mark>` : escapeHtml(unfilled(x.slot));
  };
  const tag = (n: number, inner: string) => `<h${n}>${inner}</h${n}>`;
  return render(p, payKey, part, {
    title: (t) => tag(level, t),
    heading: (h) => tag(level + 1, h),
    paragraph: (t) => `<p>${t}</p>`,
    list: (items, ordered) => {
      const l = ordered ? 'ol' : 'ul';
      return `<${l}>${items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</${l}>`;
    },
    join: (chunks) => `${chunks.join('\n')}\n`,
  });
}

/** How one format writes each kind of block; text given to it is already escaped, except list items. */
interface Renderer {
  /** Write the fixed words of headings in capitals (never what the reader typed). */
  caps?: boolean;
  title: (title: string) => string;
  heading: (h: string) => string;
  paragraph: (text: string) => string;
  list: (items: string[], ordered: boolean) => string;
  join: (chunks: string[]) => string;
}

function render(p: Posting, payKey: string | undefined, part: (x: Part) => string, r: Renderer): string {
  const head = (parts: Part[]) =>
    parts.map((x) => part(r.caps && !x.slot ? { text: x.text.toUpperCase() } : x)).join('');
  const out = [r.title(head([text(`${p.title} at `), slot('company')]))];
  for (const b of blocks(p, payOption(p, payKey))) {
    out.push(r.heading(head(b.heading)));
    for (const para of b.paragraphs ?? []) out.push(r.paragraph(para.map(part).join('')));
    if (b.items) out.push(r.list(b.items, b.ordered === true));
  }
  return r.join(out);
}
