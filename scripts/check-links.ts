/** `npm run check:links`: every internal href/src in dist/ must reach a file, and every #fragment an id on that page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './lib/quality/dist.ts';
import { checkPageLinks, formatLinkProblem, type LinkProblem } from './lib/quality/link-check.ts';
import { extractAnchors } from './lib/quality/links.ts';
import { site } from '../src/site.config.ts';

const dist = (process.argv[2] ?? 'dist').replace(/\/$/, '');
if (!existsSync(dist)) {
  console.error(`Link check: ${dist}/ does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}
const files = listFiles(dist);
const pages = files.filter((f) => f.endsWith('.html'));
const projectFiles = [
  ...listFiles('content/guides', ['.mdx']).map((f) => `content/guides/${f}`),
  ...listFiles('src/pages').map((f) => `src/pages/${f}`),
];
const cache = new Map<string, Set<string>>();
const anchors = (file: string): Set<string> => {
  let ids = cache.get(file);
  if (!ids) cache.set(file, (ids = extractAnchors(readFileSync(join(dist, file), 'utf8'))));
  return ids;
};

const problems: LinkProblem[] = pages.flatMap((page) =>
  checkPageLinks(
    page,
    readFileSync(join(dist, page), 'utf8'),
    { files: new Set(files), anchors },
    site.url,
    projectFiles,
  ),
);
for (const p of problems) console.error(`  ${formatLinkProblem(p, dist)}`);

// A link broken on many pages usually sits in a shared layout or component rather than in each page.
const pagesPerLink = new Map<string, number>();
for (const p of problems) pagesPerLink.set(p.link, (pagesPerLink.get(p.link) ?? 0) + 1);
for (const [link, n] of pagesPerLink)
  if (n >= 3) console.error(`  note: "${link}" is broken on ${n} pages: look in src/layouts/ and src/components/ too.`);

const onPages = new Set(problems.map((p) => p.page)).size;
if (problems.length === 0) {
  console.log(`Link check: ${pages.length} pages, every internal link and fragment resolves.`);
} else {
  console.error(
    `Link check: ${problems.length} broken link${problems.length === 1 ? '' : 's'} on ${onPages} of ${pages.length} pages.`,
  );
  process.exitCode = 1;
}
