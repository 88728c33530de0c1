import { describe, expect, it } from 'vitest';
import {
  gzipBytes,
  jsClosure,
  measurePage,
  pageAssets,
  staticImports,
  type AssetReader,
} from '../../../scripts/lib/quality/budget.ts';

const reader = (files: Record<string, string>): AssetReader => ({
  text: (p) => files[p],
  gzip: (p) => (files[p] === undefined ? undefined : gzipBytes(files[p]!)),
});

describe('pageAssets', () => {
  it('finds stylesheets, scripts, module preloads, island URLs and inline code', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><style>p{}</style><link rel="modulepreload" href="/_astro/m.js">' +
      '<script type="module" src="/_astro/s.js"></script><script>1</script><script type="application/ld+json">{}</script>' +
      '<astro-island component-url="/_astro/C.js" renderer-url="/_astro/client.js"></astro-island>';
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/m.js', '/_astro/s.js', '/_astro/C.js', '/_astro/client.js'],
      inlineCss: 'p{}',
      inlineJs: '1',
      islands: 1,
    });
  });
});

describe('staticImports', () => {
  it('follows static imports and re-exports, minified or not, but not import()', () => {
    const code =
      'import{a as e}from"./a.js";import "./b.js";import * as c from \'../c.js\';export{d}from"./d.js";' +
      'const x=()=>import("./lazy.js");import pkg from "preact";';
    expect(staticImports(code)).toEqual(['./a.js', './b.js', '../c.js', './d.js']);
  });
});

describe('jsClosure', () => {
  it('counts each file once, survives cycles and reports missing files', () => {
    const files = {
      '/_astro/A.js': 'import"./shared.js";import"./B.js"',
      '/_astro/B.js': 'import"./shared.js";import"./A.js";import("./lazy.js")',
      '/_astro/shared.js': 'import"./gone.js"',
      '/_astro/lazy.js': '',
    };
    expect(jsClosure(['/_astro/A.js', '/_astro/B.js'], reader(files).text)).toEqual({
      files: ['/_astro/A.js', '/_astro/B.js', '/_astro/shared.js'],
      missing: ['/_astro/gone.js'],
    });
  });
});

describe('measurePage', () => {
  const js = 'export const big = "' + 'x'.repeat(500) + '";';
  const files = { '/_astro/a.css': 'p{color:red}', '/_astro/I.js': 'import"./dep.js";', '/_astro/dep.js': js };
  it('adds HTML, linked CSS and every script the page loads up front', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><astro-island component-url="/_astro/I.js"></astro-island>';
    const s = measurePage('/x/', html, reader(files));
    expect(s.jsFiles).toEqual(['/_astro/I.js', '/_astro/dep.js']);
    expect(s.js).toBe(gzipBytes(files['/_astro/I.js']) + gzipBytes(js));
    expect(s.total).toBe(s.html + gzipBytes(files['/_astro/a.css']) + s.js);
    expect(s.islands).toBe(1);
  });
  it('ships 0 bytes of JavaScript for a page without scripts', () => {
    expect(measurePage('/y/', '<link rel="stylesheet" href="a.css"><p>hi</p>', reader({})).js).toBe(0);
  });
  it('resolves relative URLs against the page and lists missing files', () => {
    expect(measurePage('/y/', '<link rel="stylesheet" href="a.css">', reader({})).missing).toEqual(['/y/a.css']);
  });
  it('counts what import() can bring in later apart from what loads up front, each file once', () => {
    const lazy = {
      '/_astro/I.js': 'import"./dep.js";const l=()=>import(`./late.js`),m=()=>import("./dep.js");',
      '/_astro/dep.js': js,
      '/_astro/late.js': 'import{x}from"./later-dep.js";import("./I.js");',
      '/_astro/later-dep.js': 'export const x = 1;',
    };
    const s = measurePage('/x/', '<astro-island component-url="/_astro/I.js"></astro-island>', reader(lazy));
    expect(s.jsFiles).toEqual(['/_astro/I.js', '/_astro/dep.js']);
    expect(s.laterFiles).toEqual(['/_astro/late.js', '/_astro/later-dep.js']);
    expect(s.later).toBe(gzipBytes(lazy['/_astro/late.js']) + gzipBytes(lazy['/_astro/later-dep.js']));
    expect(s.js).toBe(gzipBytes(lazy['/_astro/I.js']) + gzipBytes(js));
  });
});
