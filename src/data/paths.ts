/** Site-relative links that keep working when the site is served under a sub-path (Astro's `base`), and the site's absolute URL. */
import { site } from '../site.config.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `/salaries/` → `/base/salaries/`; other links (absolute, fragment-only) are left alone. */
export function url(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${base}${path}` : path;
}

/**
 * `https://example.org/base/`: the site's own absolute URL, base included. Absolute URLs of its pages are
 * `absoluteUrl(siteRoot, path)` (src/lib/routes.ts).
 */
export const siteRoot = new URL(url('/'), site.url).href;

/** The page path without the base, e.g. for looking up per-page metadata. */
export function withoutBase(pathname: string): string {
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
