/** Moves the style Astro writes before a page's first island from `<body>` into `<head>`, where HTML allows it. */

/** The exact element Astro 7 emits with its island hydration scripts (astro/dist/runtime/server/scripts.js). */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** `html` with every island style element removed from the body and one placed at the end of `<head>`. */
export function hoistIslandStyles(html: string): string {
  const head = html.indexOf('</head>');
  if (head === -1 || !html.includes(ISLAND_STYLE, head)) return html;
  const body = html.slice(head).split(ISLAND_STYLE).join('');
  const before = html.slice(0, head);
  return `${before}${before.includes(ISLAND_STYLE) ? '' : ISLAND_STYLE}${body}`;
}
