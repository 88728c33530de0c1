/** Site-relative links that keep working when the site is served under a sub-path (Astro's `base`). */

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `/salaries/` → `/base/salaries/`; other links (absolute, fragment-only) are left alone. */
export function url(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${base}${path}` : path;
}

/** The page path without the base, e.g. for looking up per-page metadata. */
export function withoutBase(pathname: string): string {
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
