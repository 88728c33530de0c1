/** Cross-file checks the per-file schemas cannot make: every id one file uses must exist in the file it points at. */
import type { Problem } from './problems.ts';

/** An entry as the checks see it: where it lives and its parsed data. */
export interface Located<T> {
  file: string;
  id: string;
  data: T;
}

/** The parts of each collection the checks read. */
export interface ContentSnapshot {
  sources: Located<{ via?: string | undefined }>[];
  authors: Located<unknown>[];
  roles: Located<unknown>[];
  exchangeRates: Located<{ base: string; quote: string }>[];
  salaries: Located<{
    role: string;
    currency: string;
    exchangeRate: string;
    sources: string[];
    bands: { sources: string[] }[];
  }>[];
  facts: Located<unknown>[];
  /** Entries of every other collection that cite sources or name roles. */
  others: Located<{
    sources?: string[] | undefined;
    role?: string | undefined;
    roles?: string[] | undefined;
    costFact?: string | undefined;
    values?: Record<string, string> | undefined;
  }>[];
  guides: Located<{ author: string; role: string; salaryData: string; slug: string }>[];
  /** Source ids each guide cites in its text, by guide id. */
  citations: Record<string, string[]>;
}

/** Returns every dangling reference, naming file, entry and field. */
export function checkIntegrity(s: ContentSnapshot): Problem[] {
  const problems: Problem[] = [];
  const ids = (list: Located<unknown>[]) => new Set(list.map((e) => e.id));
  const sources = ids(s.sources);
  const roles = ids(s.roles);
  const facts = ids(s.facts);
  const rates = new Map(s.exchangeRates.map((r) => [r.id, r.data]));
  const datasets = ids(s.salaries);
  const authors = ids(s.authors);

  const need = (
    e: Located<unknown>,
    field: string,
    id: string | undefined,
    known: Set<string>,
    where: string,
  ): void => {
    if (id !== undefined && !known.has(id)) {
      problems.push({
        file: e.file,
        entry: e.id,
        field,
        message: `"${id}" is not an id in ${where}. Check the spelling, or add it there first.`,
      });
    }
  };
  const needSources = (e: Located<unknown>, field: string, list: string[] | undefined): void =>
    list?.forEach((id, i) => need(e, `${field}[${i}]`, id, sources, 'content/data/sources.yaml'));

  for (const src of s.sources) need(src, 'via', src.data.via, sources, 'content/data/sources.yaml');
  for (const d of s.salaries) {
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
  for (const e of s.others) {
    needSources(e, 'sources', e.data.sources);
    need(e, 'role', e.data.role, roles, 'content/data/roles.yaml');
    e.data.roles?.forEach((r, i) => need(e, `roles[${i}]`, r, roles, 'content/data/roles.yaml'));
    need(e, 'costFact', e.data.costFact, facts, 'content/data/facts.yaml');
    Object.keys(e.data.values ?? {}).forEach((r) => need(e, `values.${r}`, r, roles, 'content/data/roles.yaml'));
  }
  for (const e of [...s.exchangeRates, ...s.facts] as Located<{ sources?: string[] }>[])
    needSources(e, 'sources', e.data.sources);
  const slugs = new Map<string, string>();
  for (const g of s.guides) {
    need(g, 'author', g.data.author, authors, 'content/data/authors.yaml');
    need(g, 'role', g.data.role, roles, 'content/data/roles.yaml');
    need(g, 'salaryData', g.data.salaryData, datasets, 'content/data/salaries/');
    const other = slugs.get(g.data.slug);
    if (other)
      problems.push({
        file: g.file,
        entry: g.id,
        field: 'slug',
        message: `The slug "${g.data.slug}" is already used by ${other}.`,
      });
    slugs.set(g.data.slug, g.file);
    (s.citations[g.id] ?? []).forEach((id) => {
      if (!sources.has(id))
        problems.push({
          file: g.file,
          entry: g.id,
          field: 'Cite',
          message: `<Cite id="${id}" /> names no source in content/data/sources.yaml.`,
        });
    });
  }
  return problems;
}
