import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countByRule,
  formatHtmlMessage,
  validateHtml,
  type HtmlMessage,
} from '../../../scripts/lib/quality/html-validate.ts';

const root = process.cwd();
// A file name inside the project, so the project's .htmlvalidate.json applies.
const file = join(root, 'dist/example/index.html');
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><main>${body}</main></body></html>`;

describe('the project configuration (.htmlvalidate.json)', () => {
  it('accepts islands and self-closed void elements from Preact', async () => {
    const islands =
      '<div><astro-island uid="a" component-url="/_astro/A.js"><input type="text" aria-label="Salary"/></astro-island></div>';
    expect(await validateHtml(page(islands), file, root)).toEqual([]);
  });
  it('reports a <style> in the body, which the W3C Nu validator refuses', async () => {
    const style = '<div><style>astro-island,astro-slot,astro-static-slot{display:contents}</style></div>';
    const messages = await validateHtml(page(style), file, root);
    expect(messages.map((m) => m.rule)).toContain('site/style-in-head');
    expect(messages.find((m) => m.rule === 'site/style-in-head')?.message).toBe(
      '<style> is outside <head>; the Nu validator allows it only in <head>.',
    );
    // Directly under <main>, only our rule sees it.
    const direct = await validateHtml(page('<style>p{}</style>'), file, root);
    expect(direct.map((m) => m.rule)).toEqual(['site/style-in-head']);
  });
  it('accepts a <style> in the head', async () => {
    const html = page('<p>x</p>').replace('</head>', '<style>p{color:red}</style></head>');
    expect(await validateHtml(html, file, root)).toEqual([]);
  });
  it('reports an element after </html> (a stray start tag to the Nu validator)', async () => {
    const html = `${page('<p>x</p>')}<script type="module" src="/_astro/a.js"></script>`;
    expect((await validateHtml(html, file, root)).map((m) => m.rule)).toEqual(['site/no-content-after-html']);
  });
  it('still reports real mistakes, with file, line, column and rule', async () => {
    const messages = await validateHtml(
      page('<div>\n<meta charset="utf-8"><p id="a">1</p><p id="a">2</p></div>'),
      file,
      root,
    );
    expect(messages.map(formatHtmlMessage)).toEqual([
      'dist/example/index.html:2:2 element-permitted-content <meta> element is not permitted as content under <div>',
      'dist/example/index.html:2:45 no-dup-id Duplicate ID "a"',
    ]);
  });
});

describe('formatting', () => {
  const m = (rule: string, severity: number): HtmlMessage => ({
    file: 'dist/a.html',
    line: 1,
    column: 2,
    rule,
    message: 'm',
    severity,
  });
  it('marks warnings, leaves errors plain', () => {
    expect([formatHtmlMessage(m('x', 2)), formatHtmlMessage(m('y', 1))]).toEqual([
      'dist/a.html:1:2 x m',
      'dist/a.html:1:2 y (warning) m',
    ]);
  });
  it('counts errors per rule, most frequent first, without warnings', () => {
    expect(countByRule([m('b', 2), m('a', 2), m('b', 2), m('c', 1)])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});
