/**
 * `npm run lighthouse`: Lighthouse (mobile profile, the default) on the built site, three runs per page, printing
 * the median scores and LCP, CLS and TBT. A report, not a gate: it exits 0 whatever the scores, and 1 only when
 * Lighthouse cannot run.
 *
 *   --runs N     runs per page (default 3)
 *   --root DIR   project whose dist/ to serve with `astro preview` (default: this project; run `npm run build` first)
 *   --url URL    measure a site that is already served instead
 *   --json FILE  also write every run's figures as JSON
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { figuresOf, medianFigures, type LighthouseFigures, type LhrLike } from './lib/bench/lighthouse.ts';
import { formatFixed, formatTable, right } from './lib/table.ts';
import { chromiumFlags, findChromium, type ResolvedChromium } from './lib/chromium.ts';
import { countOption, serveForScript } from './lib/serve-dist.ts';

const PAGES = ['/', '/guides/mlops-engineers-india-2026/', '/calculator/', '/search/?q=drift'];
const CHROME_FLAGS = ['--headless=new', ...chromiumFlags];

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    root: { type: 'string' },
    url: { type: 'string' },
    json: { type: 'string' },
  },
});
const runs = countOption(args.runs, 'Usage: npm run lighthouse -- [--runs N] [--root DIR | --url URL] [--json FILE]');

/** Serves dist/ with `astro preview`, or uses --url. */
const serve = () =>
  serveForScript(args, 'index.html', (dist) => `Lighthouse: no built site in ${dist}/. Run \`npm run build\` first.`);

/** The element behind the largest layout shift, from the `layout-shifts` audit, when there is one. */
function largestShift(lhr: unknown): string | undefined {
  const audit = (lhr as { audits: Record<string, { details?: { items?: unknown[] } }> }).audits['layout-shifts'];
  const item = audit?.details?.items?.[0] as
    { node?: { selector?: string; snippet?: string }; score?: number } | undefined;
  if (!item?.node) return undefined;
  return `${item.node.selector ?? item.node.snippet ?? '?'} (${formatFixed(item.score ?? Number.NaN, 3)})`;
}

const shifts = new Map<string, string>();

/** One Lighthouse run in a fresh instance of `browser`, so runs do not share caches. */
async function runOnce(url: string, browser: ResolvedChromium): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath: browser.path,
    chromeFlags: CHROME_FLAGS,
    envVars: { ...process.env, ...browser.env },
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    if (result.lhr.runtimeError)
      throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    for (const warning of result.lhr.runWarnings) console.warn(`  warning: ${warning}`);
    const shift = largestShift(result.lhr);
    if (shift) shifts.set(new URL(url).pathname + new URL(url).search, shift);
    return figuresOf(result.lhr as unknown as LhrLike);
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  const browser = await findChromium();
  const { base, stop } = await serve();
  const all: Record<string, LighthouseFigures[]> = {};
  try {
    for (const page of PAGES) {
      all[page] = [];
      for (let i = 1; i <= runs; i++) {
        process.stdout.write(`Lighthouse ${page} run ${i}/${runs} … `);
        const f = await runOnce(`${base}${page}`, browser);
        all[page].push(f);
        console.log(`performance ${f.performance}, LCP ${Math.round(f.lcp)} ms`);
      }
    }
  } finally {
    await stop();
  }
  const rows = PAGES.map((page) => {
    const m = medianFigures(all[page] ?? []);
    return [
      page,
      formatFixed(m.performance),
      formatFixed(m.accessibility),
      formatFixed(m.bestPractices),
      formatFixed(m.seo),
      `${formatFixed(m.lcp)} ms`,
      formatFixed(m.cls, 3),
      `${formatFixed(m.tbt)} ms`,
    ];
  });
  console.log(
    `\nLighthouse, mobile profile (simulated throttling), median of ${runs} run${runs === 1 ? '' : 's'} per page:\n`,
  );
  console.log(
    formatTable(
      [
        'Page',
        right('Performance'),
        right('Accessibility'),
        right('Best practices'),
        right('SEO'),
        right('LCP'),
        right('CLS'),
        right('TBT'),
      ],
      rows,
    ),
  );
  for (const [page, shift] of shifts) console.log(`Largest layout shift on ${page}: ${shift}`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(all, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
