/** Builds the guides document: each guide's metadata and its h2/h3 outline. */
import type { Author } from '../../schemas/authors.ts';
import type { GuideMeta } from '../../schemas/guides.ts';
import type { Role } from '../../schemas/roles.ts';
import { latestDate } from '../dates.ts';
import { readingMinutes } from '../text.ts';
import { byId, entryOf } from '../collections.ts';
import { absoluteUrl, guideUrl } from '../routes.ts';
import { schemaPath, type BuildContext } from './common.ts';
import type { GuideRecord, GuidesDocument, OutlineEntry } from './schemas.ts';

/** A heading as Astro's MDX renderer reports it. */
export interface HeadingInput {
  depth: number;
  slug: string;
  text: string;
}

/** A guide as the builder needs it: front matter, how many words its text has, and its headings. */
export interface GuideInput {
  data: GuideMeta;
  wordCount: number;
  headings: readonly HeadingInput[];
}

/** What the guides document is built from. */
interface GuidesInput {
  guides: readonly GuideInput[];
  authors: readonly Author[];
  roles: readonly Role[];
}

/** The h2 and h3 headings of a page at `pageUrl`, each with an absolute `#id` URL. */
export function guideOutline(headings: readonly HeadingInput[], pageUrl: string): OutlineEntry[] {
  return headings.flatMap((h) =>
    h.depth === 2 || h.depth === 3 ? [{ level: h.depth, id: h.slug, text: h.text, url: `${pageUrl}#${h.slug}` }] : [],
  );
}

/** One guide's record (the content reader has checked its author and role). */
function guideRecord(
  guide: GuideInput,
  authors: ReadonlyMap<string, Author>,
  roles: ReadonlyMap<string, Role>,
  site: string,
): GuideRecord {
  const d = guide.data;
  const author = entryOf(authors, d.author);
  const role = entryOf(roles, d.role);
  const url = guideUrl(site, d.slug);
  return {
    slug: d.slug,
    url,
    title: d.title,
    description: d.description,
    summary: d.summary,
    role: { id: role.id, name: role.name },
    country: d.country,
    author: { id: author.id, name: author.name },
    published: d.published,
    updated: d.updated,
    reviewed: d.reviewed,
    tags: [...d.tags],
    readingMinutes: readingMinutes(guide.wordCount),
    salaryData: d.salaryData,
    outline: guideOutline(guide.headings, url),
  };
}

/** The guides document: every guide, most recently updated first; `asOf` is the latest `updated` date. */
export function buildGuidesDocument(input: GuidesInput, ctx: BuildContext): GuidesDocument {
  const authors = byId(input.authors);
  const roles = byId(input.roles);
  const guides = input.guides
    .map((g) => guideRecord(g, authors, roles, ctx.site))
    .toSorted((a, b) => b.updated.localeCompare(a.updated) || a.slug.localeCompare(b.slug));
  return {
    $schema: absoluteUrl(ctx.site, schemaPath('guides')),
    generatedAt: ctx.generatedAt,
    asOf: latestDate(guides.map((g) => g.updated)),
    guides,
  };
}
