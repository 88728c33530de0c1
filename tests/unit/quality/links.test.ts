import { describe, expect, it } from 'vitest';
import { checkPageLinks, formatLinkProblem, fileToEdit } from '../../../scripts/lib/quality/link-check.ts';
import { extractAnchors, extractLinks, resolveLink } from '../../../scripts/lib/quality/links.ts';

const origin = 'https://example.org';

describe('extractLinks and extractAnchors', () => {
  it('collects every href and src once, in order', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><a href="/x/">x</a><img src="/i.png" alt=""><a href="/x/">again</a><script src="/s.js"></script>';
    expect(extractLinks(html).map((l) => `${l.tag} ${l.attr} ${l.value}`)).toEqual([
      'link href /a.css',
      'a href /x/',
      'img src /i.png',
      'script src /s.js',
    ]);
  });
  it('collects ids, and names on <a> only', () => {
    expect([...extractAnchors('<h2 id="pay">P</h2><a name="old"></a><input name="q">')]).toEqual(['pay', 'old']);
  });
});

describe('resolveLink', () => {
  it.each([
    ['/salaries/#methodology', '/', { path: '/salaries/', fragment: 'methodology' }],
    ['#sources', '/guides/x/', { path: '/guides/x/', fragment: 'sources' }],
    ['../', '/guides/x/', { path: '/guides/' }],
    ['https://example.org/calculator/?salary=30L', '/', { path: '/calculator/' }],
    ['/a%20b/', '/', { path: '/a b/' }],
    ['#', '/x/', { path: '/x/' }],
  ])('%s on %s', (value, page, expected) => {
    expect(resolveLink(value, page, origin)).toEqual(expected);
  });
  it.each([
    'https://other.org/x/',
    '//other.org/x/',
    'mailto:a@b.c',
    'tel:123',
    'data:image/png;base64,AA',
    'javascript:void 0',
  ])('ignores %s', (value) => {
    expect(resolveLink(value, '/', origin)).toBeNull();
  });
});

describe('fileToEdit', () => {
  const projectFiles = [
    'content/guides/mlops.mdx',
    'src/pages/index.astro',
    'src/pages/404.astro',
    'src/pages/guides/index.astro',
    'src/pages/guides/[slug].astro',
    'src/pages/calculator/index.astro',
    'src/pages/api/v1/guides.json.ts',
    'src/pages/docs/[...path].astro',
  ];
  it.each([
    ['guides/mlops/index.html', 'content/guides/mlops.mdx'],
    ['guides/other/index.html', 'src/pages/guides/[slug].astro'],
    ['guides/index.html', 'src/pages/guides/index.astro'],
    ['index.html', 'src/pages/index.astro'],
    ['404.html', 'src/pages/404.astro'],
    ['calculator/index.html', 'src/pages/calculator/index.astro'],
    ['docs/a/b/index.html', 'src/pages/docs/[...path].astro'],
    ['unknown/index.html', 'src/pages/unknown.astro'],
  ])('%s comes from %s', (page, file) => {
    expect(fileToEdit(page, projectFiles)).toBe(file);
  });
});

describe('checkPageLinks', () => {
  const site = {
    files: new Set([
      'index.html',
      'salaries/index.html',
      'favicon.svg',
      'api/v1/guides.json',
      'guides/mlops/index.html',
    ]),
    anchors: (file: string) => new Set(file === 'salaries/index.html' ? ['methodology'] : ['main']),
  };
  const check = (html: string) =>
    checkPageLinks('guides/mlops/index.html', html, site, origin, ['content/guides/mlops.mdx']).map((p) =>
      formatLinkProblem(p),
    );

  it('passes links to pages, files and existing fragments', () => {
    expect(
      check(
        '<a href="/salaries/#methodology">m</a><a href="#main">top</a><a href="#top">t</a><link rel="icon" href="/favicon.svg"><a href="/api/v1/guides.json">j</a><a href="https://other.org/">o</a>',
      ),
    ).toEqual([]);
  });
  it('names the page, the link, what is wrong and the file to edit', () => {
    expect(check('<a href="/salaries/#methods">m</a><a href="/calculator/">c</a><a href="/salaries">s</a>')).toEqual([
      'dist/guides/mlops/index.html: "/salaries/#methods": no element with id "methods" on /salaries/ (likely source: content/guides/mlops.mdx)',
      'dist/guides/mlops/index.html: "/calculator/": no page or file at /calculator/ (dist/calculator/index.html does not exist) (likely source: content/guides/mlops.mdx)',
      `dist/guides/mlops/index.html: "/salaries": add the trailing slash: /salaries/ (the site uses trailingSlash: 'always') (likely source: content/guides/mlops.mdx)`,
    ]);
  });
  it('checks same-origin absolute links too', () => {
    expect(check('<link rel="canonical" href="https://example.org/404/">')).toHaveLength(1);
  });
});
