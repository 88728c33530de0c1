/** JSON-LD documents for the guide (Article, BreadcrumbList) and the salary data (Dataset), and their safe serialisation. */

/** JSON with `<`, `>` and `&` escaped, safe inside a script element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Inputs for {@link articleLd}. */
interface ArticleInput {
  url: string;
  title: string;
  description: string;
  image: string;
  author: string;
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
    author: { '@type': 'Organization', name: a.author },
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

/** Inputs for {@link datasetLd}. */
interface DatasetInput {
  url: string;
  name: string;
  description: string;
  dateModified: string;
  creator: string;
  csvUrl: string;
  jsonUrl: string;
  keywords: string[];
  spatialCoverage: string;
  sources: string[];
}

/** schema.org Dataset with CSV and JSON distributions. */
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
    creator: { '@type': 'Organization', name: d.creator },
    isBasedOn: d.sources,
    isAccessibleForFree: true,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: d.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: d.jsonUrl },
    ],
  };
}
