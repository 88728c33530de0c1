/** `npm run budget`: gzip weight of every page in dist/ (HTML, CSS, JavaScript), held against the budgets in scripts/lib/quality/budget-rules.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, measurePage, type AssetReader } from './lib/quality/budget.ts';
import { budgetTable, checkBudgets, formatFailure, reportLines } from './lib/quality/budget-rules.ts';
import { listFiles, urlForFile } from './lib/quality/dist.ts';
import { formatBytes } from './lib/table.ts';

const dist = (process.argv[2] ?? 'dist').replace(/\/$/, '');
if (!existsSync(dist)) {
  console.error(`Budget: ${dist}/ does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}
const file = (path: string): string => join(dist, decodeURIComponent(path));
const sizes = new Map<string, number | undefined>();
const read: AssetReader = {
  text: (path) => (existsSync(file(path)) ? readFileSync(file(path), 'utf8') : undefined),
  gzip: (path) => {
    if (!sizes.has(path)) sizes.set(path, existsSync(file(path)) ? gzipBytes(readFileSync(file(path))) : undefined);
    return sizes.get(path);
  },
};

const pages = listFiles(dist, ['.html']).map((f) =>
  measurePage(urlForFile(f), readFileSync(join(dist, f), 'utf8'), read),
);
console.log(budgetTable(pages));
console.log('(gzip sizes; CSS and JS include inline <style> and <script>, which the HTML column already counts once)');
console.log(
  '(later: scripts a page can load on demand; on island pages, the Preact Signals support of Astro’s renderer, loaded only for an island given signals)',
);
for (const p of pages)
  if (p.laterFiles.length > 0)
    console.log(
      `later on ${p.page}: ${p.laterFiles.map((f) => `${f} (${formatBytes(read.gzip(f) ?? 0, 'KiB')})`).join(', ')}`,
    );
for (const line of reportLines(pages)) console.log(`note: ${line}`);
for (const p of pages)
  if (p.missing.length > 0) console.error(`warning: ${p.page} references missing ${p.missing.join(', ')}`);

const failures = checkBudgets(pages);
if (failures.length === 0) {
  const total = pages.reduce((n, p) => n + p.total, 0);
  console.log(`Budget: ${pages.length} pages within every budget (${formatBytes(total, 'KiB')} in all).`);
} else {
  for (const f of failures) {
    console.error(`over budget: ${formatFailure(f)}`);
    const page = pages.find((p) => p.page === f.page);
    if (f.metric !== 'js' || !page) continue;
    // Name the files behind a JavaScript overrun, largest first, so the fix can start with the heaviest.
    const files = page.jsFiles.map((js) => [js, read.gzip(js) ?? 0] as const).sort((a, b) => b[1] - a[1]);
    for (const [js, bytes] of files) console.error(`  ${formatBytes(bytes, 'KiB').padStart(10)}  ${js}`);
    const inline = page.js - files.reduce((n, [, bytes]) => n + bytes, 0);
    console.error(`  ${formatBytes(inline, 'KiB').padStart(10)}  inline <script>`);
  }
  console.error(`Budget: ${failures.length} budget${failures.length === 1 ? '' : 's'} exceeded.`);
  process.exitCode = 1;
}
