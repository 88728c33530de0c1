import { describe, expect, it } from 'vitest';
import { decodeEntities, hasRel, parseAttributes, scanTags } from '../../../scripts/lib/quality/html.ts';

describe('scanTags', () => {
  it('reads start tags with their attributes, lines and script/style text', () => {
    const html =
      '<p class="a">x</p>\n<a href=/b/ data-x=\'y\' hidden>b</a>\n<script type="module">const a = "<a href=x>";</script>';
    expect(scanTags(html)).toEqual([
      { name: 'p', attrs: { class: 'a' }, line: 1 },
      { name: 'a', attrs: { href: '/b/', 'data-x': 'y', hidden: '' }, line: 2 },
      { name: 'script', attrs: { type: 'module' }, text: 'const a = "<a href=x>";', line: 3 },
    ]);
  });
  it('skips comments and end tags', () => {
    expect(scanTags('<!-- <a href="/x/"> --><b></b>').map((t) => t.name)).toEqual(['b']);
  });
  it('keeps a ">" inside a quoted attribute value', () => {
    expect(scanTags('<a title="1 > 0" href="/y/">')[0]?.attrs).toEqual({ title: '1 > 0', href: '/y/' });
  });
});

describe('attributes', () => {
  it('decodes named and numeric character references', () => {
    expect(decodeEntities('a&amp;b &#39;c&#x27; &quot;d&quot; &unknown;')).toBe('a&b \'c\' "d" &unknown;');
  });
  it('lower-cases names and keeps the first of a repeated attribute', () => {
    expect(parseAttributes(' HREF="/a/" href="/b/"')).toEqual({ href: '/a/' });
  });
  it('matches one rel token among several', () => {
    const [tag] = scanTags('<link rel="preload stylesheet" href="/a.css">');
    expect(hasRel(tag!, 'stylesheet')).toBe(true);
    expect(hasRel(tag!, 'style')).toBe(false);
  });
});
