/** `npm run check:html`: validates every page in dist/ with html-validate and .htmlvalidate.json; exits 1 on any error. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './lib/quality/dist.ts';
import { countByRule, formatHtmlMessage, validateFiles } from './lib/quality/html-validate.ts';

const dist = (process.argv[2] ?? 'dist').replace(/\/$/, '');
if (!existsSync(dist)) {
  console.error(`HTML check: ${dist}/ does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}
const pages = listFiles(dist, ['.html']).map((f) => join(dist, f));
const messages = await validateFiles(pages, process.cwd());
for (const m of messages) console.error(formatHtmlMessage(m));
const errors = messages.filter((m) => m.severity === 2).length;
const warnings = messages.length - errors;
const byRule = countByRule(messages)
  .map(([rule, n]) => `${rule} ${n}`)
  .join(', ');
const summary = `HTML check: ${pages.length} pages, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
if (errors > 0) {
  console.error(`${summary} By rule: ${byRule}.`);
  process.exitCode = 1;
} else {
  console.log(summary);
}
