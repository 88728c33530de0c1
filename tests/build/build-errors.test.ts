/**
 * Every broken-data fixture goes through a real `astro build` of a copy of the project: the build must stop at
 * content load with the problems `npm run check:content` names, word for word, and nothing of ours may fail first.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { overlappingPfRate } from '../support/edited-content.ts';
import { projectCopy, type Edit } from '../support/project-copy.ts';

const copy = projectCopy('build-errors');
afterAll(copy.cleanUp);

const salaries = 'content/data/salaries/mlops-engineer-india-2026.yaml';

/** The build's report of the content: from "N problems in the site's content" to the end of its hint. */
function built(edit: Edit): string {
  copy.withEdit(edit);
  const build = copy.build();
  expect(build.status, build.output).not.toBe(0);
  const check = copy.checkContent();
  expect(check.status).toBe(1);
  const report = /^\d+ problems? in the site's content:\n(?:  - .*\n)+  Hint:\n.*$/m.exec(build.output)?.[0];
  expect(report, build.output).toBeDefined();
  // The same lines, word for word, as check:content prints.
  const listed = (text: string) => text.split('\n').filter((line) => line.startsWith('  - '));
  expect(listed(report!)).toEqual(listed(check.output));
  // Nothing else failed first: the content report is the build's first error.
  expect(build.output.slice(0, build.output.indexOf(report!))).not.toMatch(/error|Error|Unable/);
  return report!;
}

describe('a broken edit stops astro build with the content check’s message', () => {
  it('a YAML syntax error', () => {
    expect(built({ file: 'content/data/sources.yaml', fixture: 'syntax-error.yaml' })).toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/sources.yaml, line 5: The YAML cannot be read: Missing closing "quote. Check indentation, colons and quotes on this line and the one above.
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
  it('a minimum above its maximum', () => {
    expect(built({ file: salaries, find: 'min: 14\n    max: 22', replace: 'min: 22\n    max: 14' }))
      .toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/salaries/mlops-engineer-india-2026.yaml, line 57, entry "mlops-engineer-india-2026", field "bands[1].max": The maximum (14) is below the minimum (22). Swap them or fix the typo.
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
  it('an unknown source id', () => {
    expect(
      built({
        file: 'content/data/benchmarks.yaml',
        find: 'sources: [payscale-ml-india]',
        replace: 'sources: [payscale-india]',
      }),
    ).toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/benchmarks.yaml, entry "payscale-ml", field "sources[0]": "payscale-india" is not an id in content/data/sources.yaml. Check the spelling, or add it there first.
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
  it('a duplicate id', () => {
    expect(built({ file: 'content/data/roles.yaml', find: '- id: devops-engineer', replace: '- id: ml-engineer' }))
      .toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/roles.yaml, line 8, entry "ml-engineer", field "id": The id "ml-engineer" is already used by the entry on line 2. Ids must be unique.
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
  it('a missing asOf', () => {
    expect(built({ file: salaries, find: 'asOf: 2026-04-22\n', replace: '' })).toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/salaries/mlops-engineer-india-2026.yaml, line 3, entry "mlops-engineer-india-2026", field "asOf": This field is missing. Add it.
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
  it('a rate without a source', () => {
    expect(
      built({ file: 'content/data/exchange-rates.yaml', find: '  sources: [kaamwork-mlops-guide]\n', replace: '' }),
    ).toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/exchange-rates.yaml, line 3, entry "usd-inr-2026-04", field "sources": This field is missing. Add it.
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
  it('two statutory rates in force on the same days', () => {
    expect(built(overlappingPfRate)).toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/employer-costs.yaml, entry "epf-employer-rate-2025", field "effectiveFrom": Entry "epf-employer-rate-2025" (field effectiveFrom) and entry "epf-employer-rate-2026" are both in force for epf-employer-rate on the same days. End the older one with effectiveTo the day before the newer one starts, or mark one awaiting-verification.
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
  it('a link that is not a web address', () => {
    expect(
      built({
        file: 'content/data/sources.yaml',
        find: '  publisher: Kaamwork\n',
        replace: '  publisher: Kaamwork\n  url: javascript:alert(3)\n',
      }),
    ).toMatchInlineSnapshot(`
      "1 problem in the site's content:
        - content/data/sources.yaml, line 5, entry "kaamwork-mlops-guide", field "url": Write the full web address, starting with https:// (or http://).
        Hint:
          Fix each line above in the file it names, then build again. \`npm run check:content\` lists the same problems."
    `);
  });
});
