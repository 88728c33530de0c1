/** JSON-LD documents for the guide (Article, BreadcrumbList) and the salary data (Dataset), and their safe serialisation. */

/** JSON with `<`, `>` and `&` escaped, safe inside a script element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A named person or team with a page about them (schema.org Person or Organization). */
export interface EntityInput {
  type: 'Person' | 'Organization';
  name: string;
  /** The page that says who this is, e.g. the about page's entry. */
  url: string;
}

/** schema.org Person or Organization, identified by its page. */
function entity(e: EntityInput) {
  return { '@type': e.type, '@id': e.url, name: e.name, url: e.url };
}

/** Inputs for {@link articleLd}. */
interface ArticleInput {
  url: string;
  title: string;
  description: string;
  image: string;
  author: EntityInput;
  publisher: { name: string; url: string; logo: string };
  published: string;
  updated: string;
}

/** schema.org Article for a guide. */
export function articleLd(a: ArticleInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    mainEntityOfPage: a.url,
    url: a.url,
    image: [a.image],
    author: entity(a.author),
    publisher: {
      '@type': 'Organization',
      name: a.publisher.name,
      url: a.publisher.url,
      logo: { '@type': 'ImageObject', url: a.publisher.logo },
    },
    datePublished: a.published,
    dateModified: a.updated,
  };
}

/** schema.org BreadcrumbList from (name, url) pairs, in order. */
export function breadcrumbLd(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** A source a data set is based on: what it is, who published it and where it can be read, if anywhere. */
interface SourceInput {
  title: string;
  publisher: string;
  url: string | undefined;
}

/** One measured quantity of a data set, e.g. the lower end of a pay band in INR. */
export interface VariableInput {
  name: string;
  description: string;
  unitText: string;
}

/** Inputs for {@link datasetLd}. */
interface DatasetInput {
  url: string;
  name: string;
  description: string;
  /** The data's own as-of date, `YYYY-MM-DD`. */
  dateModified: string;
  creator: EntityInput;
  license: string;
  csvUrl: string;
  jsonUrl: string;
  keywords: string[];
  spatialCoverage: string;
  sources: SourceInput[];
  variables: VariableInput[];
}

/** schema.org Dataset with its sources as CreativeWorks, what it measures, and CSV and JSON distributions. */
export function datasetLd(d: DatasetInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    dateModified: d.dateModified,
    keywords: d.keywords,
    spatialCoverage: d.spatialCoverage,
    creator: entity(d.creator),
    license: d.license,
    isAccessibleForFree: true,
    isBasedOn: d.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.url ? { url: s.url } : {}),
    })),
    variableMeasured: d.variables.map((v) => ({
      '@type': 'PropertyValue',
      name: v.name,
      description: v.description,
      unitText: v.unitText,
    })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: d.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: d.jsonUrl },
    ],
  };
}

/** What a salary data set measures: each segment's yearly pay band in its currency, by years of experience. */
export function salaryVariables(
  segments: readonly { label: string; basis: string; currency: string }[],
): VariableInput[] {
  return [
    ...segments.map((s) => ({
      name: `${s.label}: ${s.basis.toLowerCase()}`,
      description: `Bottom and top of the yearly band for each seniority level (${s.basis.toLowerCase()}), in ${s.currency}.`,
      unitText: s.currency,
    })),
    {
      name: 'Years of experience',
      description: 'The experience range of each seniority level the bands describe.',
      unitText: 'years',
    },
  ];
}
