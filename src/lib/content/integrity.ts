/** Cross-file checks the per-file schemas cannot make: every id one file uses must exist in the file it points at. */
import type { GuideFile } from './guides.ts';
import type { ContentProblem } from './problems.ts';
import type { ContentEntry } from './read.ts';
import { otherCollections, type Collections } from './registry.ts';
import { checkHiringReferences } from './hiring-integrity.ts';
import { checkGuideReferences } from './guide-references.ts';

/** The fields of other collections' entries that name sources, roles or facts (each optional). */
interface References {
  sources?: readonly string[] | undefined;
  role?: string | undefined;
  roles?: readonly string[] | undefined;
  costFact?: string | undefined;
  values?: Readonly<Record<string, unknown>> | undefined;
}

/** Returns every dangling reference in `collections` and the guides, naming file, entry and field. */
export function checkIntegrity(collections: Collections, guides: readonly GuideFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
  const sources = ids(collections.sources);
  const roles = ids(collections.roles);
  const facts = ids(collections.facts);
  const rates = new Map(collections.exchangeRates.map((r) => [r.id, r.data]));
  const datasets = ids(collections.salaries);
  const authors = ids(collections.authors);
  type Where = { file: string; id: string };

  const need = (e: Where, field: string, id: string | undefined, known: Set<string>, where: string): void => {
    if (id !== undefined && !known.has(id)) {
      problems.push({
        file: e.file,
        entry: e.id,
        field,
        message: `"${id}" is not an id in ${where}. Check the spelling, or add it there first.`,
      });
    }
  };
  const needSources = (e: Where, field: string, list: readonly string[] | undefined): void =>
    list?.forEach((id, i) => need(e, `${field}[${i}]`, id, sources, 'content/data/sources.yaml'));

  for (const src of collections.sources) need(src, 'via', src.data.via, sources, 'content/data/sources.yaml');
  for (const d of collections.salaries) {
    need(d, 'role', d.data.role, roles, 'content/data/roles.yaml');
    needSources(d, 'sources', d.data.sources);
    d.data.bands.forEach((b, i) => needSources(d, `bands[${i}].sources`, b.sources));
    const rate = rates.get(d.data.exchangeRate);
    if (rate === undefined)
      need(d, 'exchangeRate', d.data.exchangeRate, new Set(rates.keys()), 'content/data/exchange-rates.yaml');
    else if (rate.base !== 'USD' || rate.quote !== d.data.currency) {
      problems.push({
        file: d.file,
        entry: d.id,
        field: 'exchangeRate',
        message: `The rate "${d.data.exchangeRate}" converts ${rate.base} to ${rate.quote}; this data set needs USD to ${d.data.currency}.`,
      });
    }
  }
  const others = otherCollections.flatMap((name): ContentEntry<References>[] => collections[name]);
  for (const e of others) {
    needSources(e, 'sources', e.data.sources);
    need(e, 'role', e.data.role, roles, 'content/data/roles.yaml');
    e.data.roles?.forEach((r, i) => need(e, `roles[${i}]`, r, roles, 'content/data/roles.yaml'));
    need(e, 'costFact', e.data.costFact, facts, 'content/data/facts.yaml');
    Object.keys(e.data.values ?? {}).forEach((r) => need(e, `values.${r}`, r, roles, 'content/data/roles.yaml'));
  }
  for (const e of [...collections.exchangeRates, ...collections.facts]) needSources(e, 'sources', e.data.sources);
  problems.push(...checkHiringReferences(collections));
  const places = ids(collections.searchSynonyms);
  for (const e of collections.searchSynonyms)
    e.data.within.forEach((id, i) => need(e, `within[${i}]`, id, places, 'content/data/search-synonyms.yaml'));
  const limits = collections.calculatorSettings.find((e) => e.id === 'salary-limits');
  const salary = limits?.data.id === 'salary-limits' ? limits.data : undefined;
  for (const d of salary ? collections.salaries : [])
    d.data.bands.forEach((b) => {
      if (!salary || b.currency !== 'INR' || (b.min >= salary.floor && b.max <= salary.ceiling)) return;
      problems.push({
        file: limits!.file,
        entry: limits!.id,
        field: b.min < salary.floor ? 'floor' : 'ceiling',
        message: `The ${b.level}/${b.segment} band of ${d.id} (${b.min}–${b.max} lakh) lies outside the calculator's salary limits (${salary.floor}–${salary.ceiling} lakh). Widen the limits.`,
      });
    });
  // The markups the calculator takes must include the range the site quotes for vendors.
  const markupEntry = collections.calculatorSettings.find((e) => e.id === 'vendor-markup-limits');
  const markup = markupEntry?.data.id === 'vendor-markup-limits' ? markupEntry.data : undefined;
  const quoted = collections.facts.find((f) => f.id === 'vendor-markup')?.data;
  if (markup && quoted?.min !== undefined && quoted.max !== undefined && (quoted.min < markup.min || quoted.max > markup.max))
    problems.push({
      file: markupEntry!.file,
      entry: markupEntry!.id,
      field: quoted.min < markup.min ? 'min' : 'max',
      message: `The vendor markup the site quotes (${quoted.min}–${quoted.max}%, fact "vendor-markup" in content/data/facts.yaml) lies outside the markups the calculator takes (${markup.min}–${markup.max}%). Widen the limits.`,
    });
  for (const g of guides) {
    const where = { file: g.file, id: g.slug };
    need(where, 'author', g.data.author, authors, 'content/data/authors.yaml');
    need(where, 'role', g.data.role, roles, 'content/data/roles.yaml');
    need(where, 'salaryData', g.data.salaryData, datasets, 'content/data/salaries/');
    problems.push(...checkGuideReferences(collections, g));
  }
  return problems;
}
