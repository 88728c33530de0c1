/**
 * The HTML elements of a guide's Markdown that render through a component of ours (see index.ts). MDX's static
 * optimization (astro.config.mjs) turns plain Markdown into HTML strings at compile time; it must leave these alone,
 * or headings would lose their anchor links and links their checks.
 */
export const overriddenElements = ['a', 'h2', 'h3'] as const;
