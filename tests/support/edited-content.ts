/** Copies of the frozen content with one editor's edit, for tests that pin what the content reader says about it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/lib/content/reader.ts';

const frozen = join(process.cwd(), 'tests/fixtures/frozen/content');

/** A scratch folder of copies; `edit` makes one, `problems` reads it, `cleanUp` removes them all (call it in afterAll). */
export function editedCopies(label: string) {
  const work = mkdtempSync(join(tmpdir(), `${label}-`));
  let n = 0;
  /** A project folder holding the frozen content with `find` replaced by `replace` in `file`. */
  const edit = (file: string, find: string | RegExp, replace: string): string => {
    const dir = join(work, String(n++));
    cpSync(frozen, join(dir, 'content'), { recursive: true });
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(find, replace);
    if (after === before) throw new Error(`fixture edit did not apply to ${file}`);
    writeFileSync(path, after);
    return dir;
  };
  return {
    edit,
    /** An empty project folder named `name` among the copies. */
    scratch: (name: string): string => join(work, name),
    /** Every problem the content reader finds after the edit, formatted as editors see it. */
    problems: (file: string, find: string | RegExp, replace: string): string[] =>
      readContent(edit(file, find, replace)).problems.map(formatProblem),
    cleanUp: (): void => rmSync(work, { recursive: true, force: true }),
  };
}

/** An editor's second employer PF rate, in force on the same days as the first: the overlap every check must name. */
export const overlappingPfRate = (() => {
  const marker = '# Provident fund (EPF, EPS, EDLI, admin)\n';
  const entry = [
    '- id: epf-employer-rate-2026',
    '  parameter: epf-employer-rate',
    '  value: 0.1',
    '  unit: rate',
    "  effectiveFrom: '2026-01-01'",
    '  status: in-force',
    '  sources: [taxguru-epf-rates]',
    '  note: A second rate for the same days.',
    '',
  ].join('\n');
  return { file: 'content/data/employer-costs.yaml', find: marker, replace: `${marker}${entry}` };
})();
