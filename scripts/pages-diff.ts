/** `npm run pages:diff -- <dist before> <dist after>`: Markdown list of the built pages whose text a change alters. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, urlForFile } from './lib/quality/dist.ts';
import { changedPages, renderPagesReport } from './lib/quality/pages-diff.ts';

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir || !existsSync(beforeDir) || !existsSync(afterDir)) {
  console.error('pages:diff: give two built dist/ folders, the base first: npm run pages:diff -- ../base/dist dist');
  process.exit(1);
}
const pages = (dir: string) =>
  new Map(listFiles(dir, ['.html']).map((f) => [urlForFile(f), readFileSync(join(dir, f), 'utf8')] as const));
process.stdout.write(`${renderPagesReport(changedPages(pages(beforeDir), pages(afterDir)))}\n`);
