/**
 * `npm run search:timing`: how search feels on the built site, in Chromium (playwright-core).
 *
 * - Bytes the first query fetches: every response under /pagefind/ from opening /search/ (which loads no search
 *   files) until the first query's results are shown, in a fresh browser context.
 * - Time from typing a query into #search-q (the input event) to its results shown ([data-search-status] reads
 *   "… result(s) for “query”"): median and p95 over 20 different queries typed one after another on one page.
 *   The page waits 150 ms after the last keystroke before it searches; the times include that wait.
 *
 *   --root DIR   project whose dist/ to serve with `astro preview` (default: this project; run `npm run build` first)
 *   --url URL    measure a site that is already served instead
 *   --rounds N   repeat the 20 queries on N fresh pages (default 1); the statistics cover every timed query
 */
import { parseArgs } from 'node:util';
import type { Page, Request } from 'playwright-core';
import { median, p95 } from './lib/bench/stats.ts';
import { formatBytes, formatFixed, formatTable, right } from './lib/table.ts';
import { launchChromium } from './lib/chromium.ts';
import { countOption, serveForScript } from './lib/serve-dist.ts';

/** Twenty words and phrases from the guide, each a different query. */
const QUERIES = [
  'drift',
  'Kubernetes',
  'Hyderabad',
  'canary',
  'MLflow',
  'Terraform',
  'Bangalore',
  'rollback',
  'Glassdoor',
  'gratuity',
  'latency',
  'Pune',
  'retraining',
  'observability',
  'Triton',
  'feature store',
  'staffing vendor',
  'interview',
  'employer of record',
  'inference',
];

const { values: args } = parseArgs({
  options: {
    root: { type: 'string' },
    url: { type: 'string' },
    rounds: { type: 'string', default: '1' },
  },
});
const rounds = countOption(args.rounds, 'Usage: npm run search:timing -- [--root DIR | --url URL] [--rounds N]');

/** Serves dist/ with `astro preview`, or uses --url. */
const serve = () =>
  serveForScript(
    args,
    'pagefind/pagefind.js',
    (dist) => `Search timing: no built site with a search index in ${dist}/. Run \`npm run build\`.`,
  );

/**
 * Types `query` into the search box and resolves with the ms from that input event to the status line reporting
 * results for it. The clock runs in the page, so the measurement carries no browser-protocol round trips.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.evaluate((q) => {
    const w = window as unknown as { __searchDone?: Promise<number> };
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const status = document.querySelector<HTMLElement>('[data-search-status]')!;
    w.__searchDone = new Promise<number>((resolve) => {
      let typed = Number.NaN;
      input.addEventListener('input', () => (typed = performance.now()), { capture: true, once: true });
      const done = (): boolean => {
        const text = status.textContent ?? '';
        if (!Number.isNaN(typed) && /result/.test(text) && text.includes(`“${q}”`)) {
          resolve(performance.now() - typed);
          return true;
        }
        return false;
      };
      const observer = new MutationObserver(() => {
        if (done()) observer.disconnect();
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await page.locator('#search-q').fill(query);
  return page.evaluate(() => (window as unknown as { __searchDone: Promise<number> }).__searchDone);
}

/** Watches requests under /pagefind/ and sums what they transferred and what they decoded to. */
function watchPagefind(page: Page): () => Promise<{ files: number; transfer: number; body: number }> {
  const finished: Request[] = [];
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) finished.push(r);
  });
  return async () => {
    let transfer = 0;
    let body = 0;
    for (const r of finished) {
      const sizes = await r.sizes();
      transfer += sizes.responseBodySize + sizes.responseHeadersSize;
      body += (await (await r.response())?.body())?.length ?? 0;
    }
    return { files: finished.length, transfer, body };
  };
}

async function main(): Promise<void> {
  const { base, stop } = await serve();
  const browser = await launchChromium();
  const times: number[] = [];
  const firsts: number[] = [];
  let firstBytes: { files: number; transfer: number; body: number } | undefined;
  let allBytes: { files: number; transfer: number; body: number } | undefined;
  try {
    for (let round = 1; round <= rounds; round++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const untilFirst = watchPagefind(page);
      await page.goto(`${base}/search/`, { waitUntil: 'load' });
      const beforeQuery = await untilFirst();
      if (beforeQuery.files > 0)
        console.warn(`warning: /search/ fetched ${beforeQuery.files} search files before any query`);
      for (const [i, query] of QUERIES.entries()) {
        const ms = await timeQuery(page, query);
        times.push(ms);
        if (i === 0) {
          firsts.push(ms);
          if (round === 1) firstBytes = await untilFirst();
        }
        const status = await page.locator('[data-search-status]').textContent();
        if (round === 1) console.log(`${query.padEnd(20)} ${formatFixed(ms).padStart(6)} ms  ${status?.trim()}`);
      }
      if (round === 1) allBytes = await untilFirst();
      if (errors.length > 0) console.warn(`warning: page errors: ${errors.join('; ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await stop();
  }
  console.log('\nSearch on the built site (Chromium, local preview server, no throttling):\n');
  console.log(
    formatTable(
      ['Measure', right('Value')],
      [
        ['Search files fetched by the first query', String(firstBytes?.files ?? 'n/a')],
        ['Bytes transferred by the first query', formatBytes(firstBytes?.transfer ?? Number.NaN)],
        ['… decoded size of those responses', formatBytes(firstBytes?.body ?? Number.NaN)],
        [`Bytes transferred by all ${QUERIES.length} queries`, formatBytes(allBytes?.transfer ?? Number.NaN)],
        [`Typing to results, median (${times.length} queries)`, `${formatFixed(median(times))} ms`],
        [`Typing to results, p95 (${times.length} queries)`, `${formatFixed(p95(times))} ms`],
        ['Typing to results, first query (loads Pagefind)', `${formatFixed(median(firsts))} ms`],
        [
          'Typing to results, fastest / slowest',
          `${formatFixed(Math.min(...times))} / ${formatFixed(Math.max(...times))} ms`,
        ],
      ],
    ),
  );
  console.log('(times include the page’s 150 ms wait after the last keystroke)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
