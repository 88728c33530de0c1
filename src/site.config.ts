/** Site-wide constants: one typed object, read by the Astro config, layouts and scripts. */
import { siteOrigin } from './lib/routes.ts';

export const site = {
  /**
   * Public origin of the site, without a trailing slash: the SITE_URL environment variable, which a deployment sets
   * (for example SITE_URL=https://guides.example.com npm run build); by default http://localhost:4321, where
   * `npm start` serves it. Canonical links, the sitemap, the RSS feed, social cards and the API use it.
   */
  url: siteOrigin(process.env['SITE_URL']),
  /** Short name shown in the header and in page titles. */
  name: 'Hiring Guides',
  /** One line on what the site is, used where a page has no description of its own. */
  tagline: 'Independent, sourced guides to hiring engineers abroad: salaries, costs and how to assess.',
  /** BCP 47 language of every page. */
  lang: 'en-IN',
  /** A data set older than this many months is flagged as under review on the pages that show it. */
  staleAfterMonths: 9,
  /** The project's public repository, where readers report errors as issues. A placeholder until it is published. */
  repository: 'https://github.com/hiring-guides/hiring-guides',
  /** The licence the data and guides are published under, as structured data names it. */
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

/** Primary navigation, in display order. */
export const nav = [
  { href: '/', label: 'Home' },
  { href: '/guides/', label: 'Guides' },
  { href: '/salaries/', label: 'Salary data' },
  { href: '/calculator/', label: 'Calculator' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'About' },
] as const;
