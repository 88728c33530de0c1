/** `npm run check:content`: reads content as the build does and prints each problem with file, line, entry and field. */
import { formatProblem } from '../src/lib/content/problems.ts';
import { readContent } from '../src/lib/content/reader.ts';

const root = process.argv[2] ?? process.cwd();
const { problems } = readContent(root);
if (problems.length === 0) {
  console.log('Content check: every data file and guide is valid.');
} else {
  console.error(`Content check: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exitCode = 1;
}
