/** Site paths that pages, feeds, the sitemap and the API all use: one definition of each URL's shape. */

/** Site path of a guide page, e.g. `/guides/mlops-engineers-india-2026/`. */
export function guidePath(slug: string): string {
  return `/guides/${slug}/`;
}

/** Site path of the sitemap index written by @astrojs/sitemap. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** Site path of the page that says who writes and reviews the guides and how to report an error. */
export const ABOUT_PATH = '/about/';

/** Site path of an author's entry on the about page. */
export function authorPath(id: string): string {
  return `${ABOUT_PATH}#author-${id}`;
}

/** Address of a new issue on the project's repository, with its title and body filled in. */
export function newIssueUrl(repository: string, title: string, body: string): string {
  return `${repository}/issues/new?${new URLSearchParams({ title, body }).toString()}`;
}

/** Site path of the search page: for readers only, so it stays out of the sitemap and search engines. */
export const SEARCH_PATH = '/search/';

/** The editors' form (Decap CMS): not a page of the site, kept out of the sitemap, search and page checks. */
export const ADMIN_PATH = '/admin/';

/** Site path of the words the search index holds, which the search page reads for its "did you mean". */
export const SEARCH_VOCABULARY_PATH = '/search/vocabulary.json';

/** Site paths of the hiring tools: the interview kit, the job-description templates and the employment basics. */
export const hiringPages = {
  interviewKit: '/hiring/interview-kit/',
  jobDescriptions: '/hiring/job-descriptions/',
  employingInIndia: '/hiring/employing-in-india/',
} as const;

/** The hiring panel's summary of several interviewers' scorecards (a tool page of the kit, not announced in the feed). */
export const panelSummaryPath = '/hiring/interview-kit/panel/';

/** Site path of a job-description template's download, e.g. `/hiring/job-descriptions/platform.md`. */
export function jobDescriptionFilePath(id: string, format: 'md' | 'txt'): string {
  return `${hiringPages.jobDescriptions}${id}.${format}`;
}

/** An absolute URL for a site path (which starts with `/`); a sub-path in `site` (the base) is kept. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path.replace(/^\//, ''), site.endsWith('/') ? site : `${site}/`).href;
}

/** Absolute URL of a guide page. */
export function guideUrl(site: string, slug: string): string {
  return absoluteUrl(site, guidePath(slug));
}

/** Absolute URL of a salary data set on the salary data page. */
export function datasetUrl(site: string, id: string): string {
  return absoluteUrl(site, `/salaries/#ds-${id}`);
}

/** The element id of the `use`-th citation (1 = the first) of source `id` in a guide: what the sources list links back to. */
export function citationAnchor(id: string, use: number): string {
  return `cite-${id}-${use}`;
}

/** The address `npm start` serves the site on: the site's origin when no other is configured. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The site's public origin from configuration (the SITE_URL environment variable), without a trailing slash; the
 * default when it is unset or empty. Anything but an http(s) origin, such as a path or a typo, stops the build.
 */
export function siteOrigin(configured: string | undefined): string {
  const value = configured?.trim();
  if (!value) return DEFAULT_SITE_URL;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash)
    throw new Error(
      `SITE_URL must be the site's origin, such as https://guides.example.com (no path, no trailing text); found "${value}".`,
    );
  return parsed.origin;
}
