/** Site-relative links that keep working when the site is served under a sub-path (Astro's `base`), and their absolute URLs. */
import { site } from '../site.config.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `/salaries/` → `/base/salaries/`; other links (absolute, fragment-only) are left alone. */
export function url(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${base}${path}` : path;
}

/** `/salaries/` → `https://example.org/base/salaries/`: the absolute URL of a site path on the configured site. */
export function absolute(path: string): string {
  return new URL(url(path), site.url).href;
}

/** The page path without the base, e.g. for looking up per-page metadata. */
export function withoutBase(pathname: string): string {
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
