import { describe, expect, it } from 'vitest';
import { changedPages, mainText, renderPagesReport } from '../../../scripts/lib/quality/pages-diff.ts';

const page = (main: string, chrome = 'Site') =>
  `<!doctype html><html><head><title>t</title><style>p{}</style></head><body><header>${chrome}</header><main>${main}<script>var x = 1;</script></main></body></html>`;

describe('the text readers see on a page', () => {
  it('reads main only, without scripts or styles, with whitespace collapsed', () => {
    expect(mainText(page('<h1>Pay</h1>\n  <p>₹14L&nbsp;to <b>₹22L</b></p>'))).toBe('Pay ₹14L to ₹22L');
  });
  it('reads the whole body when a page has no main', () => {
    expect(mainText('<html><body><p>Only text</p></body></html>')).toBe('Only text');
  });
});

describe('pages a change alters', () => {
  const before = new Map([
    ['/', page('<p>Home</p>')],
    ['/salaries/', page('<p>₹14L–₹22L</p>')],
    ['/old/', page('<p>Gone</p>')],
  ]);
  const after = new Map([
    ['/', page('<p>Home</p>', 'A new header')],
    ['/salaries/', page('<p>₹15L–₹22L</p>')],
    ['/new/', page('<p>New</p>')],
  ]);
  it('lists a page whose main text changed, not one whose header alone did, and new and removed pages', () => {
    expect(changedPages(before, after)).toEqual({ changed: ['/salaries/'], added: ['/new/'], removed: ['/old/'] });
  });
  it('renders the list for the pull request, or says nothing changed', () => {
    expect(renderPagesReport(changedPages(before, after))).toContain('- `/salaries/`');
    expect(renderPagesReport(changedPages(before, before))).toContain('No page changes.');
  });
});
