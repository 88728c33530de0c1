import { describe, expect, it } from 'vitest';
import { hasRel, scanTags } from '../../../scripts/lib/quality/html.ts';

/** The tags of a page's body (the parser adds the html, head and body elements a document implies). */
const bodyTags = (html: string) => scanTags(html).filter((t) => !['html', 'head', 'body'].includes(t.name));

describe('scanTags', () => {
  it('reads elements with their attributes, and script, style and title text', () => {
    const html =
      '<title>A &amp; B</title><p class="a">x</p>\n<a href=/b/ data-x=\'y\' hidden>b</a>\n<script type="module">const a = "<a href=x>";</script>';
    expect(bodyTags(html)).toEqual([
      { name: 'title', attrs: {}, text: 'A & B' },
      { name: 'p', attrs: { class: 'a' } },
      { name: 'a', attrs: { href: '/b/', 'data-x': 'y', hidden: '' } },
      { name: 'script', attrs: { type: 'module' }, text: 'const a = "<a href=x>";' },
    ]);
  });
  it('skips comments and end tags', () => {
    expect(bodyTags('<!-- <a href="/x/"> --><b></b>').map((t) => t.name)).toEqual(['b']);
  });
  it('keeps a ">" inside a quoted attribute value and decodes character references', () => {
    expect(bodyTags('<a title="1 > 0 &amp; &#39;q&#x27;" href="/y/">')[0]?.attrs).toEqual({
      title: "1 > 0 & 'q'",
      href: '/y/',
    });
  });
  it('lower-cases names and keeps the first of a repeated attribute', () => {
    expect(bodyTags('<A HREF="/a/" href="/b/">')[0]).toEqual({ name: 'a', attrs: { href: '/a/' } });
  });
  it('gives custom elements their attributes under the names written', () => {
    expect(bodyTags('<astro-island component-url="/c.js" renderer-url="/r.js"></astro-island>')[0]?.attrs).toEqual({
      'component-url': '/c.js',
      'renderer-url': '/r.js',
    });
  });
});

describe('hasRel', () => {
  it('matches one rel token among several', () => {
    const [tag] = bodyTags('<link rel="preload stylesheet" href="/a.css">');
    expect(hasRel(tag!, 'stylesheet')).toBe(true);
    expect(hasRel(tag!, 'style')).toBe(false);
  });
});
