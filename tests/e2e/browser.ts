/** The browser the checks find (CHROME_PATH, an installed Chrome or Chromium, or the bundled one) driven by playwright-core. */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export const baseUrl = (): string => inject('baseUrl');

/**
 * A browser whose every call rejects with `error`, and whose close() is a no-op. Launching in beforeAll and failing
 * there would only mark the file's tests as skipped; with this stand-in each test fails with the reason.
 */
function unavailable(error: unknown): Browser {
  return new Proxy({} as Browser, {
    get: (_target, key) => {
      if (key === 'then') return undefined; // not a thenable, so `await launch()` resolves to the stand-in
      if (key === 'close') return () => Promise.resolve();
      return () => Promise.reject(error);
    },
  });
}

/** Headless Chromium as scripts/lib/chromium.ts finds it; when none can be found or started, tests fail with why. */
export async function launch(): Promise<Browser> {
  try {
    return await launchChromium();
  } catch (error) {
    return unavailable(error);
  }
}

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

/**
 * Opens `url` and waits until the page has loaded (so its module scripts have run) and every island in view has
 * hydrated (Astro removes `ssr` from an island once it has): explicit conditions, where waiting for the network to
 * fall quiet guesses at time.
 */
export async function openSettled(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
      const box = island.firstElementChild?.getBoundingClientRect();
      return !box || box.height === 0 || box.bottom <= 0 || box.top >= window.innerHeight;
    }),
  );
  return response;
}
