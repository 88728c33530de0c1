import { describe, expect, it } from 'vitest';
import { buildGuidesDocument, guideOutline } from '../../../src/lib/api/guides.ts';
import { content, ctx, guideInputs } from '../../support/api.ts';

const headings = [
  { depth: 2, slug: 'salary-snapshot', text: 'Salary snapshot' },
  { depth: 3, slug: 'why-noisy', text: 'Why noisy' },
  { depth: 4, slug: 'too-deep', text: 'Too deep' },
  { depth: 1, slug: 'title', text: 'Title' },
  { depth: 2, slug: 'skills', text: 'Skills' },
];
const guides = guideInputs().map((g) => ({ ...g, headings }));
const input = { guides, authors: content.authors, roles: content.roles };
const doc = buildGuidesDocument(input, ctx);

describe('the guides document', () => {
  it('has one record per guide, most recently updated first', () => {
    expect(guides.length).toBeGreaterThan(0);
    expect(doc.guides.map((g) => g.slug).toSorted()).toEqual(guides.map((g) => g.data.slug).toSorted());
    const updated = doc.guides.map((g) => g.updated);
    expect(updated).toEqual(updated.toSorted().toReversed());
    // Two older copies, given out of order: newest first, then by slug on a tie.
    const g = guides[0]!;
    const older = (slug: string) => ({ ...g, data: { ...g.data, slug, updated: '2020-01-01' } });
    const three = buildGuidesDocument({ ...input, guides: [older('b-older'), g, older('a-older')] }, ctx);
    expect(three.guides.map((x) => x.slug)).toEqual([g.data.slug, 'a-older', 'b-older']);
  });

  it('dates itself by the latest update', () => {
    expect(doc.asOf).toBe(
      guides
        .map((g) => g.data.updated)
        .sort()
        .at(-1),
    );
  });

  it('carries the front matter, the author’s and role’s names and the reading time', () => {
    const g = doc.guides.find((x) => x.slug === 'mlops-engineers-india-2026')!;
    const source = guides.find((x) => x.data.slug === g.slug)!;
    expect(g).toMatchObject({
      url: 'https://api.test/guides/mlops-engineers-india-2026/',
      title: source.data.title,
      description: source.data.description,
      summary: source.data.summary,
      role: { id: 'mlops-engineer', name: content.roles.find((r) => r.id === 'mlops-engineer')!.name },
      country: 'IN',
      author: { id: source.data.author, name: content.authors.find((a) => a.id === source.data.author)!.name },
      published: source.data.published,
      updated: source.data.updated,
      reviewed: source.data.reviewed,
      tags: source.data.tags,
      salaryData: 'mlops-engineer-india-2026',
    });
    // 2,200 words at 220 a minute.
    const timed = buildGuidesDocument({ ...input, guides: [{ ...source, wordCount: 2200 }] }, ctx);
    expect(timed.guides[0]!.readingMinutes).toBe(10);
  });

  it('outlines h2 and h3 headings only, each with an absolute #fragment URL', () => {
    expect(doc.guides[0]!.outline).toEqual([
      {
        level: 2,
        id: 'salary-snapshot',
        text: 'Salary snapshot',
        url: `${doc.guides[0]!.url}#salary-snapshot`,
      },
      { level: 3, id: 'why-noisy', text: 'Why noisy', url: `${doc.guides[0]!.url}#why-noisy` },
      { level: 2, id: 'skills', text: 'Skills', url: `${doc.guides[0]!.url}#skills` },
    ]);
    expect(guideOutline([], 'https://x.test/g/')).toEqual([]);
  });

  it('refuses a guide whose author is unknown', () => {
    const broken = { ...guides[0]!, data: { ...guides[0]!.data, author: 'nobody' } };
    expect(() => buildGuidesDocument({ ...input, guides: [broken] }, ctx)).toThrow(/No entry "nobody"/);
  });
});
