import { describe, expect, it } from 'vitest';
import { articleLd, datasetLd, jsonLdText, salaryVariables } from '../../src/lib/json-ld.ts';

const team = { type: 'Organization', name: 'Editorial team', url: 'https://x.test/about/#author-team' } as const;

describe('JSON-LD', () => {
  it('names a guide’s author as an entity with its own page', () => {
    const doc = articleLd({
      url: 'https://x.test/g/',
      title: 'T',
      description: 'D',
      image: 'https://x.test/og/g.png',
      author: team,
      publisher: { name: 'Site', url: 'https://x.test/', logo: 'https://x.test/favicon.svg' },
      published: '2026-04-22',
      updated: '2026-11-27',
    });
    expect(doc.author).toEqual({ '@type': 'Organization', '@id': team.url, name: team.name, url: team.url });
    expect([doc.datePublished, doc.dateModified]).toEqual(['2026-04-22', '2026-11-27']);
  });

  const dataset = datasetLd({
    url: 'https://x.test/salaries/#ds-a',
    name: 'A',
    description: 'Bands',
    dateModified: '2026-04-22',
    creator: team,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    csvUrl: 'https://x.test/a.csv',
    jsonUrl: 'https://x.test/a.json',
    keywords: ['k'],
    spatialCoverage: 'IN',
    sources: [
      { title: 'Report', publisher: 'Glassdoor', url: 'https://glassdoor.test/r' },
      { title: 'Survey', publisher: 'Private', url: undefined },
    ],
    variables: salaryVariables([{ label: 'India broad market', basis: 'Annual salary', currency: 'INR' }]),
  });
  it('bases a data set on its sources as creative works, with a URL only where one is public', () => {
    expect(dataset.isBasedOn).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Report',
        publisher: { '@type': 'Organization', name: 'Glassdoor' },
        url: 'https://glassdoor.test/r',
      },
      { '@type': 'CreativeWork', name: 'Survey', publisher: { '@type': 'Organization', name: 'Private' } },
    ]);
  });
  it('gives the licence, the creator and what the data measures', () => {
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.creator.url).toBe(team.url);
    expect(dataset.variableMeasured).toEqual([
      {
        '@type': 'PropertyValue',
        name: 'India broad market: annual salary',
        description: 'Bottom and top of the yearly band for each seniority level (annual salary), in INR.',
        unitText: 'INR',
      },
      expect.objectContaining({ name: 'Years of experience', unitText: 'years' }),
    ]);
    expect(dataset.dateModified).toBe('2026-04-22');
  });
  it('serialises safely inside a script element', () => {
    expect(jsonLdText({ a: '</script><b>&' })).toBe('{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}');
  });
});
