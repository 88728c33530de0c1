/** Builds robots.txt: every crawler may read everything, and the sitemap index is named by absolute URL. */
import { absoluteUrl, SITEMAP_INDEX_PATH } from './routes.ts';

/** robots.txt for the site at `site` (an origin such as https://example.org). */
export function robotsTxt(site: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(site, SITEMAP_INDEX_PATH)}`, ''].join('\n');
}
