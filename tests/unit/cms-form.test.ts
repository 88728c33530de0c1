/** The form at /admin against the content check: fields from the schemas, saves that keep the file, the same refusals. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formCollections } from '../../src/lib/cms/collections.ts';
import { choicesOf, cmsConfig } from '../../src/lib/cms/config.ts';
import { formFields, type CmsField } from '../../src/lib/cms/fields.ts';
import { formProblems } from '../../src/lib/cms/form-check.ts';
import { entryFormat, listFormat } from '../../src/lib/cms/formats.ts';
import { editYaml, withoutBlanks } from '../../src/lib/cms/yaml-edit.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { editedCopies, overlappingPfRate } from '../support/edited-content.ts';

const root = process.cwd();
const content = readContent(root);
const choices = choicesOf(content);

/** What Decap refuses for one field's value: a missing required value, a pattern, a number's range, a choice. */
function refused(field: CmsField, value: unknown): string | undefined {
  const blank = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (blank) return field.required ? 'required' : undefined;
  if (field.pattern && !new RegExp(field.pattern[0]).test(String(value))) return 'pattern';
  if (
    field.widget === 'number' &&
    ((field.min ?? -Infinity) > Number(value) || (field.max ?? Infinity) < Number(value))
  )
    return 'range';
  const values = Array.isArray(value) ? value : [value];
  if (field.widget === 'select' && values.some((v) => !field.options?.includes(String(v)))) return 'choice';
  if (field.widget === 'list' && ((field.min ?? 0) > values.length || (field.max ?? Infinity) < values.length))
    return 'count';
  return undefined;
}

/** Every refusal the form makes of `value` (an entry, or a list item), with its path. */
function refusals(fields: readonly CmsField[], value: Record<string, unknown>, path = ''): string[] {
  return fields.flatMap((field) => {
    const v = value[field.name];
    const here = `${path}${field.name}`;
    const own = refused(field, v);
    if (own) return [`${here}: ${own} (${JSON.stringify(v)})`];
    if (field.widget === 'object' && field.fields && v)
      return refusals(field.fields, v as Record<string, unknown>, `${here}.`);
    if (field.widget === 'list' && Array.isArray(v))
      return v.flatMap((item, i) =>
        field.fields
          ? refusals(field.fields, item as Record<string, unknown>, `${here}[${i}].`)
          : field.field
            ? refusals([{ ...field.field, name: '0' }], { 0: item }, `${here}[${i}].`)
            : [],
      );
    return [];
  });
}

const entriesOf = (name: string) =>
  name === 'guides'
    ? content.guides.map((g) => g.raw as Record<string, unknown>)
    : content.collections[name as 'sources'].map((e) => e.raw);

describe('the form’s fields come from the schemas', () => {
  it.each(formCollections.map((c) => [c.name, c] as const))('%s: every entry on file passes the form', (name, c) => {
    const fields = formFields(c.schema, choices);
    expect(entriesOf(name).length).toBeGreaterThan(0);
    for (const entry of entriesOf(name))
      expect(refusals(fields, entry), `${name} ${String(entry['id'] ?? entry['slug'])}`).toEqual([]);
  });

  /** For each top-level field the form restricts, a value it refuses is refused by the schema as well. */
  it.each(formCollections.map((c) => [c.name, c] as const))(
    '%s: what the form refuses, the content check refuses',
    (name, c) => {
      const entry = entriesOf(name)[0]!;
      const fields = formFields(c.schema, choices);
      let tried = 0;
      for (const field of fields) {
        const bad =
          field.required && field.widget !== 'object'
            ? undefined
            : field.pattern
              ? '?'
              : field.widget === 'number' && field.min !== undefined
                ? field.min - 1
                : field.widget === 'select' && !field.multiple && field.options && !choices[field.name]
                  ? 'not-one-of-them'
                  : null;
        if (bad === null) continue;
        if (bad === undefined && !field.required) continue;
        tried++;
        const broken = { ...entry, [field.name]: bad };
        expect(refused(field, bad), `${name}.${field.name}`).toBeDefined();
        expect(c.schema.safeParse(broken).success, `${name}.${field.name} = ${JSON.stringify(bad)}`).toBe(false);
      }
      expect(tried).toBeGreaterThan(0);
    },
  );

  it('offers ids on file as choices, and the schema’s own message for a pattern', () => {
    const salaries = formFields(formCollections[0]!.schema, choices);
    const bands = salaries.find((f) => f.name === 'bands')!.fields!;
    expect(bands.find((f) => f.name === 'level')).toMatchObject({
      widget: 'select',
      options: ['junior', 'mid', 'senior'],
    });
    expect(salaries.find((f) => f.name === 'sources')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(salaries.find((f) => f.name === 'sources')!.options).toEqual(content.collections.sources.map((s) => s.id));
    expect(salaries.find((f) => f.name === 'asOf')).toMatchObject({
      required: true,
      hint: 'The date the figures were last checked (YYYY-MM-DD).',
      pattern: [expect.any(String), 'Write the date as YYYY-MM-DD, e.g. 2026-04-22.'],
    });
    expect(bands.find((f) => f.name === 'openEnded')).toMatchObject({ widget: 'boolean', required: false });
  });

  it('edits every collection an editor maintains, with pull requests for every save', () => {
    const config = cmsConfig(content, {
      repo: 'o/r',
      branch: 'main',
      localProxy: 'http://127.0.0.1:8081/api/v1',
      guideExtension: 'mdx',
    });
    expect(config['publish_mode']).toBe('editorial_workflow');
    const names = (config['collections'] as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'salaries',
        'sources',
        'facts',
        'benchmarks',
        'exchangeRates',
        'employerCosts',
        'hiringModels',
        'cities',
        'interviewSteps',
        'interviewAttributes',
        'skills',
        'roleScopes',
        'guides',
      ]),
    );
    expect(
      (config['collections'] as { name: string; extension?: string; create?: boolean }[]).find(
        (c) => c.name === 'guides',
      ),
    ).toMatchObject({ extension: 'mdx', create: false });
  });
});

const salaries = 'content/data/salaries/mlops-engineer-india-2026.yaml';
const text = readFileSync(join(root, salaries), 'utf8');
const sources = readFileSync(join(root, 'content/data/sources.yaml'), 'utf8');
/** The lines only one side has (counted, so a repeated line added once shows once): `- old`, `+ new`. */
function changed(before: string, after: string): string[] {
  const minus = (a: string[], b: string[]): string[] => {
    const left = [...b];
    return a.filter((line) => {
      const i = left.indexOf(line);
      if (i === -1) return true;
      left.splice(i, 1);
      return false;
    });
  };
  const a = before.split('\n');
  const b = after.split('\n');
  return [...minus(a, b).map((l) => `- ${l}`), ...minus(b, a).map((l) => `+ ${l}`)];
}

describe('a save changes only what the editor changed', () => {
  const value = () => parse(text) as { bands: Record<string, unknown>[]; levels: Record<string, unknown>[] };
  const list = () => parse(sources) as Record<string, unknown>[];
  it('an untouched file is written back byte for byte', () => {
    expect(editYaml(text, value())).toBe(text);
    expect(editYaml(sources, list())).toBe(sources);
  });
  it.each([
    ['a figure', (v: ReturnType<typeof value>) => void (v.bands[5]!['max'] = 60), ['-     max: 55', '+     max: 60']],
    [
      'a new optional field',
      (v: ReturnType<typeof value>) => void (v.bands[0]!['openEnded'] = true),
      ['+     openEnded: true'],
    ],
    [
      'an emptied optional field',
      (v: ReturnType<typeof value>) => void (v.levels[0]!['profile'] = ''),
      ['-     profile: Often moving across from DevOps or data engineering.'],
    ],
  ])('%s', (_name, edit, lines) => {
    const v = value();
    edit(v);
    const out = editYaml(text, v);
    expect(changed(text, out)).toEqual(lines);
    expect(parseDocument(out).toJS()).toEqual(withoutBlanks(v));
  });
  it('removing a source in the middle of the list removes its lines only, comments kept', () => {
    const v = list();
    const gone = v.splice(2, 1)[0]!;
    const out = editYaml(sources, v);
    expect(changed(sources, out).every((l) => l.startsWith('- '))).toBe(true);
    expect(out).not.toContain(`id: ${String(gone['id'])}\n`);
    expect(out.split('\n').filter((l) => l.startsWith('#'))).toEqual(
      sources.split('\n').filter((l) => l.startsWith('#')),
    );
  });
  it('a new entry is added at the end, the rest untouched', () => {
    const v = list();
    v.push({ id: 'new-source', publisher: 'P', title: 'T', accessed: '2026-01-01' });
    const out = editYaml(sources, v);
    expect(out.startsWith(sources)).toBe(true);
    expect(parse(out)).toEqual(v);
  });
  it('the formats read a list file as entries and a data set as itself, and write them back', () => {
    const lf = listFormat();
    expect(lf.toFile(lf.fromFile(sources))).toBe(sources);
    const ef = entryFormat('# header\n');
    expect(ef.toFile(ef.fromFile(text))).toBe(text);
    expect(ef.toFile({ id: 'new-set', title: 'New' })).toBe('# header\nid: new-set\ntitle: New\n');
  });
});

describe('a rule the fields cannot express is refused before saving, with check:content’s message', () => {
  const copies = editedCopies('cms-form');
  afterAll(copies.cleanUp);
  it.each([
    ['a minimum above its maximum', salaries, 'min: 14\n    max: 22', 'min: 22\n    max: 14'],
    [
      'a second rate in force on the same days',
      overlappingPfRate.file,
      overlappingPfRate.find,
      overlappingPfRate.replace,
    ],
  ])('%s', (_name, file, find, replace) => {
    const dir = copies.edit(file, find, replace);
    const expected = readContent(dir)
      .problems.filter((p) => p.file === file)
      .map(formatProblem);
    expect(expected).toHaveLength(1);
    const collection = formCollections.find((c) => file.startsWith(c.path))!;
    const written = readFileSync(join(dir, file), 'utf8');
    expect(formProblems(collection, file, written)).toEqual(expected);
  });
  it('a sound file passes', () => {
    expect(formProblems(formCollections[0]!, salaries, text)).toEqual([]);
  });
});
