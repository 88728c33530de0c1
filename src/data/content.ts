/**
 * The only module that reads content collections: loads them once and returns typed views. The collections'
 * loaders have already run every content check (src/lib/content/reader.ts), so nothing is checked twice here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byId } from '../lib/collections.ts';
import { ContentError } from '../lib/content/problems.ts';
import type { GuideFile } from '../lib/content/guides.ts';
import { contentAt, type Content } from '../lib/content/reader.ts';
import { guidesDir } from '../lib/content/registry.ts';
import { guideUpdates } from '../lib/content/lastmod.ts';
import { isStale, rateLimitMonths } from '../lib/freshness.ts';
import { DEFAULT_RATE_STALE_MONTHS } from '../schemas/exchange-rates.ts';
import { todayIso } from '../schemas/common.ts';
import { site } from '../site.config.ts';

/** Entries in the order their file lists them (Astro's store returns them by id), so tables follow the editor's order. */
export function inFileOrder<T extends { id: string }>(entries: readonly T[], listed: readonly { id: string }[]): T[] {
  const at = new Map(listed.map((e, i) => [e.id, i]));
  return entries.toSorted((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
}

async function load() {
  const [
    guides,
    sources,
    authors,
    roles,
    exchangeRates,
    salaries,
    benchmarks,
    facts,
    cities,
    hiringModels,
    roleComparison,
    employerCosts,
  ] = await Promise.all([
    getCollection('guides'),
    getCollection('sources'),
    getCollection('authors'),
    getCollection('roles'),
    getCollection('exchangeRates'),
    getCollection('salaries'),
    getCollection('benchmarks'),
    getCollection('facts'),
    getCollection('cities'),
    getCollection('hiringModels'),
    getCollection('roleComparison'),
    getCollection('employerCosts'),
  ]);
  const listed = contentAt(process.cwd()).collections;
  for (const d of salaries) {
    if (isStale(d.data.asOf, todayIso(), site.staleAfterMonths)) {
      console.warn(
        `[freshness] ${d.filePath}: figures as of ${d.data.asOf} are ${site.staleAfterMonths} months old or more; pages show them as under review until asOf is updated.`,
      );
    }
    const rate = exchangeRates.find((r) => r.id === d.data.exchangeRate)?.data;
    const months = rate && rateLimitMonths(rate, DEFAULT_RATE_STALE_MONTHS);
    if (rate && months !== undefined && isStale(rate.asOf, todayIso(), months))
      console.warn(
        `[freshness] content/data/exchange-rates.yaml: the rate "${rate.id}" used by ${d.id} is as of ${rate.asOf}, ${months} months old or more; pages say so until a newer dated rate is added and named in the data set.`,
      );
  }
  // The same dates the sitemap gives each guide, worked out from what the content reader read.
  const updated = guideUpdates(contentAt(process.cwd()));
  return {
    guides: guides.toSorted((a, b) => updated.get(b.data.slug)!.localeCompare(updated.get(a.data.slug)!)),
    /** Guide slug → the date it last changed for readers (text or citations): the "Updated" date everywhere. */
    updated,
    sources: byId(sources),
    authors: byId(authors),
    roles: byId(inFileOrder(roles, listed.roles)),
    exchangeRates: byId(exchangeRates),
    salaries: byId(salaries),
    benchmarks,
    facts: byId(facts),
    cities: inFileOrder(cities, listed.cities),
    hiringModels: inFileOrder(hiringModels, listed.hiringModels),
    roleComparison: inFileOrder(roleComparison, listed.roleComparison),
    employerCosts,
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Every collection, loaded and checked once per build. */
export function loadContent(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}

/** A guide entry. */
export type Guide = CollectionEntry<'guides'>;

/** A salary data set with its exchange rate and whether its figures are stale (see {@link isStale}), or a build error naming the id. */
export async function getDataset(id: string) {
  const c = await loadContent();
  const dataset = c.salaries.get(id);
  if (!dataset)
    throw new ContentError([
      { file: 'content/data/salaries/', entry: id, message: `No salary data set has the id "${id}".` },
    ]);
  // The reader has checked that every data set names a known rate.
  const rate = c.exchangeRates.get(dataset.data.exchangeRate)!;
  return {
    dataset: dataset.data,
    rate: rate.data,
    stale: isStale(dataset.data.asOf, todayIso(), site.staleAfterMonths),
  };
}

const guidesBySlug = new WeakMap<Content, Map<string, GuideFile>>();

/** What the content reader found in the MDX of the guide `slug` (its citations, words and components); a build error if none. */
export function guideFile(slug: string): GuideFile {
  const content = contentAt(process.cwd());
  let guides = guidesBySlug.get(content);
  if (!guides) guidesBySlug.set(content, (guides = new Map(content.guides.map((g) => [g.slug, g]))));
  const guide = guides.get(slug);
  if (!guide) throw new ContentError([{ file: guidesDir, entry: slug, message: `No guide has the slug "${slug}".` }]);
  return guide;
}
