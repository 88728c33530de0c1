import { describe, expect, it } from 'vitest';
import { hoistIslandStyles, ISLAND_STYLE_RULES } from '../../src/lib/island-styles.ts';

const ISLAND_STYLE = `<style>${ISLAND_STYLE_RULES}</style>`;
const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('hoistIslandStyles', () => {
  it('moves the island style from the body to the end of the head', () => {
    const html = page('<title>T</title>', `<main><p>a</p>${ISLAND_STYLE}<astro-island></astro-island></main>`);
    expect(hoistIslandStyles(html)).toBe(
      page(`<title>T</title>${ISLAND_STYLE}`, '<main><p>a</p><astro-island></astro-island></main>'),
    );
  });
  it('keeps one copy when the body holds several', () => {
    const html = page('', `${ISLAND_STYLE}<i></i>${ISLAND_STYLE}`);
    expect(hoistIslandStyles(html)).toBe(page(ISLAND_STYLE, '<i></i>'));
  });
  it('leaves pages without islands, and other styles, alone', () => {
    const html = page('<style>p{}</style>', '<p>x</p>');
    expect(hoistIslandStyles(html)).toBe(html);
  });
  it('does not add a second copy when the head has one already', () => {
    const html = page(ISLAND_STYLE, `<b></b>${ISLAND_STYLE}`);
    expect(hoistIslandStyles(html)).toBe(page(ISLAND_STYLE, '<b></b>'));
  });
});
