/** The hiring tools' data files: schemas and cross-file checks fail with file, entry, field and an editor's next step. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseListFile } from '../../src/lib/content/parse.ts';
import { ContentError, formatProblem } from '../../src/lib/content/problems.ts';
import { dataCollections, type DataCollectionSpec } from '../../src/lib/content/registry.ts';
import { editedCopies } from '../support/edited-content.ts';

const root = process.cwd();
const frozen = join(root, 'tests/fixtures/frozen');
const spec = dataCollections;
/** A collection's file and schema, whatever the entry type. */
const fileOf = (name: keyof typeof spec): DataCollectionSpec => spec[name] as DataCollectionSpec;

/** The messages of parsing one frozen file after replacing `find` with `replace`. */
function parseEdited(name: keyof typeof spec, find: string | RegExp, replace: string): string[] {
  const { path, schema } = fileOf(name);
  const before = readFileSync(join(frozen, path), 'utf8');
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`fixture edit did not apply to ${path}`);
  try {
    parseListFile(path, after, schema);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const copies = editedCopies('hiring-content');
afterAll(copies.cleanUp);
/** Every problem the content reader finds in a frozen copy with one edit (for the cross-file checks). */
const readEdited = copies.problems;

describe('the live hiring data', () => {
  it.each(['interviewAttributes', 'interviewSteps', 'skills', 'roleScopes', 'employmentBasics'] as const)(
    '%s reads without a problem',
    (name) => {
      const { path, schema } = fileOf(name);
      expect(parseListFile(path, readFileSync(join(root, path), 'utf8'), schema).length).toBeGreaterThan(0);
    },
  );
  it('has four interview steps numbered 1 to 4 and four kinds of role', () => {
    const steps = parseListFile(
      spec.interviewSteps.path,
      readFileSync(join(root, spec.interviewSteps.path), 'utf8'),
      spec.interviewSteps.schema,
    );
    expect(steps.map((s) => s.data.number)).toEqual([1, 2, 3, 4]);
    const scopes = parseListFile(
      spec.roleScopes.path,
      readFileSync(join(root, spec.roleScopes.path), 'utf8'),
      spec.roleScopes.schema,
    );
    expect(scopes.map((s) => s.id)).toEqual(['deployment-inference', 'platform', 'data-pipeline', 'llmops']);
  });
});

describe('schemas of the hiring files', () => {
  it('a rubric without a score 4', () => {
    expect(parseEdited('interviewAttributes', /\n {4}4: Ran a model[^\n]*/, '')).toMatchInlineSnapshot(`
      [
        "content/data/interview-attributes.yaml, line 8, entry "production-ownership", field "rubric.4": This field is missing. Add it.",
      ]
    `);
  });
  it('a rubric with a score 5', () => {
    expect(parseEdited('interviewAttributes', '    1: Stops the story', '    5: Too high\n    1: Stops the story'))
      .toMatchInlineSnapshot(`
      [
        "content/data/interview-attributes.yaml, line 8, entry "production-ownership", field "rubric.5": Unknown field "5". Check the spelling, or remove it.",
      ]
    `);
  });
  it('two questions with one id in a step', () => {
    expect(parseEdited('interviewSteps', '- id: accuracy-drop', '- id: deployment-pipeline')).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, line 88, entry "scenarios", field "questions[2].id": The question id "deployment-pipeline" is used twice in this step. Give each question its own id.",
      ]
    `);
  });
  it('a step number written as text', () => {
    expect(parseEdited('interviewSteps', 'number: 1', 'number: one')).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, line 6, entry "role-fit", field "number": Write the step number as a whole number, e.g. 1.",
      ]
    `);
  });
  it('a question testing an attribute its step does not score', () => {
    expect(
      parseEdited(
        'interviewSteps',
        'attribute: mlops-profile\n      prompt: In that system',
        'attribute: communication\n      prompt: In that system',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, line 39, entry "role-fit", field "questions[2].attribute": "communication" is not one of this step's attributes (production-ownership, mlops-profile). Use one of them, or add it to the step's attributes.",
        "content/data/interview-steps.yaml, line 53, entry "role-fit", field "attributes[1]": The attribute "mlops-profile" has 1 question; give it at least two (set \`attribute: mlops-profile\` on each).",
      ]
    `);
  });
  it('an attribute with only one question', () => {
    expect(
      parseEdited(
        'interviewSteps',
        /attribute: operated-systems\n( {6}prompt: What broke)/,
        'attribute: observability-retraining\n$1',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, line 177, entry "systems-experience", field "attributes[0]": The attribute "operated-systems" has 1 question; give it at least two (set \`attribute: operated-systems\` on each).",
      ]
    `);
  });
  it('a step without its length, or with a length of unknown kind', () => {
    expect(parseEdited('interviewSteps', /\n {2}minutes: 10/, '')).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, line 5, entry "role-fit", field "minutes": Write the length as a whole number of minutes, e.g. 45.",
      ]
    `);
    expect(parseEdited('interviewSteps', 'length: sourced', 'length: guessed')).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, line 10, entry "role-fit", field "length": Use one of: "sourced", "suggested".",
      ]
    `);
  });
  it('a fact that does not say whom it applies to', () => {
    expect(
      parseEdited('employmentBasics', /\n {6}appliesTo: All employers; the rules differ by state and sector\./, ''),
    ).toMatchInlineSnapshot(`
      [
        "content/data/employment-basics.yaml, line 8, entry "notice-and-probation", field "facts[0].appliesTo": This field is missing. Add it.",
      ]
    `);
  });
  it('a skill in an unknown group', () => {
    expect(parseEdited('skills', 'group: core', 'group: basics')).toMatchInlineSnapshot(`
      [
        "content/data/skills.yaml, line 5, entry "python", field "group": Use one of: "core", "ml-operations", "platform", "tooling", "communication", "role-focus".",
      ]
    `);
  });
  it('a role scope with a misspelled field', () => {
    expect(parseEdited('roleScopes', 'niceToHave: [inference-servers', 'niceToHav: [inference-servers'))
      .toMatchInlineSnapshot(`
      [
        "content/data/role-scopes.yaml, line 4, entry "deployment-inference", field "niceToHave": This field is missing. Add it.",
        "content/data/role-scopes.yaml, line 18, entry "deployment-inference", field "niceToHav": Unknown field "niceToHav". Check the spelling, or remove it.",
      ]
    `);
  });
  it('a fact checked in the future, and a topic with no facts', () => {
    expect(parseEdited('employmentBasics', /asOf: 2026-12-01/, 'asOf: 2099-01-01')).toMatchInlineSnapshot(`
      [
        "content/data/employment-basics.yaml, line 13, entry "notice-and-probation", field "facts[0].asOf": This date is in the future. Use the date the figure was true or the page was read.",
      ]
    `);
    expect(
      parseEdited(
        'employmentBasics',
        /- id: payroll-timing\n {2}title: Payroll timing\n {2}facts:[\s\S]*$/,
        '- id: payroll-timing\n  title: Payroll timing\n  facts: []\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/data/employment-basics.yaml, line 233, entry "payroll-timing", field "facts": A topic needs at least one sourced fact.",
      ]
    `);
  });
});

describe('cross-file checks of the hiring files', () => {
  it('a step that scores an attribute that does not exist', () => {
    expect(readEdited(spec.interviewSteps.path, /production-ownership/g, 'production-owner')).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, entry "role-fit", field "attributes[0]": "production-owner" is not an id in content/data/interview-attributes.yaml. Check the spelling, or add it there first.",
      ]
    `);
  });
  it('a role scope naming an unknown skill, a skill twice, an unknown step and an unknown level', () => {
    const file = spec.roleScopes.path;
    expect(readEdited(file, 'mustHave: [python,', 'mustHave: [pyton,')).toMatchInlineSnapshot(`
      [
        "content/data/role-scopes.yaml, entry "deployment-inference", field "mustHave[0]": "pyton" is not an id in content/data/skills.yaml. Check the spelling, or add it there first.",
      ]
    `);
    expect(readEdited(file, 'niceToHave: [inference-servers,', 'niceToHave: [python, inference-servers,'))
      .toMatchInlineSnapshot(`
      [
        "content/data/role-scopes.yaml, entry "deployment-inference", field "niceToHave[0]": "python" is already a must-have skill of this role. List it once.",
      ]
    `);
    expect(
      readEdited(
        file,
        '    - step: production-judgement\n      why: A platform',
        '    - step: judgement\n      why: A platform',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/data/role-scopes.yaml, entry "platform", field "emphasis[0].step": "judgement" is not an id in content/data/interview-steps.yaml. Check the spelling, or add it there first.",
      ]
    `);
    expect(readEdited(file, '    levels: [senior]', '    levels: [principal]')).toMatchInlineSnapshot(`
      [
        "content/data/role-scopes.yaml, entry "platform", field "pay.levels[0]": "principal" is not an id in the levels of content/data/salaries/mlops-engineer-india-2026.yaml. Check the spelling, or add it there first.",
      ]
    `);
  });
  it('a fact citing a source that is not in sources.yaml', () => {
    expect(readEdited(spec.employmentBasics.path, 'sources: [rhs-payroll-processing]', 'sources: [rhs-payroll]'))
      .toMatchInlineSnapshot(`
      [
        "content/data/employment-basics.yaml, entry "payroll-timing", field "facts[1].sources[0]": "rhs-payroll" is not an id in content/data/sources.yaml. Check the spelling, or add it there first.",
      ]
    `);
  });
  it('two steps with one number', () => {
    expect(readEdited(spec.interviewSteps.path, 'number: 4', 'number: 3')).toMatchInlineSnapshot(`
      [
        "content/data/interview-steps.yaml, entry "production-judgement", field "number": Step 3 is already "systems-experience". Number the steps 1, 2, 3 …",
      ]
    `);
  });
});
