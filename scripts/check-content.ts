/** `npm run check:content`: validates every content file and prints each problem with file, entry and field. */
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

const root = process.argv[2] ?? process.cwd();
const problems = checkContent(root);
if (problems.length === 0) {
  console.log('Content check: every data file and guide is valid.');
} else {
  console.error(`Content check: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exitCode = 1;
}
