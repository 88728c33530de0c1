/** Debian's Chromium driven by playwright-core, with the flags a closed network needs. */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');

/** Launches headless Chromium from CHROME_PATH or /usr/bin/chromium. */
export { launchChromium as launch } from '../../scripts/lib/chromium.ts';

/** Collects console errors, page errors and CSP violations seen by a page. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return problems;
}

/** Paths of every page in the sitemap. */
export async function sitemapPaths(): Promise<string[]> {
  const index = await (await fetch(`${baseUrl()}/sitemap-index.xml`)).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await fetch(`${baseUrl()}${map}`)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths;
}
