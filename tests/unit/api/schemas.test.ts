import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../../../src/lib/api/common.ts';
import { buildEmployerCostsDocument } from '../../../src/lib/api/employer-costs.ts';
import { buildGuidesDocument } from '../../../src/lib/api/guides.ts';
import { buildHiringDocument } from '../../../src/lib/api/hiring.ts';
import { buildSalariesDocument } from '../../../src/lib/api/salaries.ts';
import { buildTakeHomeDocument } from '../../../src/lib/api/take-home.ts';
import { documentNames, documentSchemas, type DocumentName } from '../../../src/lib/api/schemas.ts';
import { ajv, content, ctx, guideInputs, hiringInput, takeHomeInput } from '../../support/api.ts';

const docs: Record<DocumentName, Record<string, unknown>> = {
  guides: buildGuidesDocument(
    {
      guides: guideInputs().map((g) => ({ ...g, headings: [{ depth: 2, slug: 'a', text: 'A' }] })),
      authors: content.authors,
      roles: content.roles,
    },
    ctx,
  ),
  salaries: buildSalariesDocument(
    { datasets: content.datasets, exchangeRates: content.exchangeRates, sources: content.sources },
    ctx,
  ),
  'employer-costs': buildEmployerCostsDocument({ parameters: content.employerCosts, sources: content.sources }, ctx),
  'take-home': buildTakeHomeDocument(takeHomeInput, ctx),
  hiring: buildHiringDocument(hiringInput, ctx),
};

const required: Record<DocumentName, string[]> = {
  guides: ['$schema', 'generatedAt', 'asOf', 'guides'],
  salaries: ['$schema', 'generatedAt', 'asOf', 'datasets', 'bands'],
  'employer-costs': ['$schema', 'generatedAt', 'asOf', 'onDate', 'parameters', 'inForce', 'ignored'],
  'take-home': ['$schema', 'generatedAt', 'asOf', 'onDate', 'taxYear', 'notOnFile', 'settings', 'rules', 'examples'],
  hiring: ['$schema', 'generatedAt', 'asOf', 'interviewKit', 'jobDescriptions', 'employmentBasics'],
};

describe.each(documentNames)('the %s JSON Schema', (name) => {
  const schema = documentJsonSchema(name, ctx.site);

  it('is a draft 2020-12 object schema with its own URL as $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`https://api.test/api/v1/schema/${name}.json`);
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBe(false);
    expect(typeof schema['title']).toBe('string');
  });

  it('requires the envelope and the document’s own keys', () => {
    expect(schema['required']).toEqual(required[name]);
  });

  it('accepts the built document, which also parses unchanged with the zod schema', () => {
    const validate = ajv().compile(schema);
    expect(validate(docs[name]), JSON.stringify(validate.errors)).toBe(true);
    expect(documentSchemas[name].parse(docs[name])).toEqual(docs[name]);
  });

  it('the built document points at this schema and carries the build time', () => {
    expect(docs[name]['$schema']).toBe(schema['$id']);
    expect(docs[name]['generatedAt']).toBe(ctx.generatedAt);
  });

  it('rejects a document with an unknown key or a missing one, as zod does', () => {
    const validate = ajv().compile(schema);
    const extra = { ...docs[name], license: 'CC-BY' };
    const { asOf: _asOf, ...missing } = docs[name];
    expect(validate(extra)).toBe(false);
    expect(validate(missing)).toBe(false);
    expect(documentSchemas[name].safeParse(extra).success).toBe(false);
    expect(documentSchemas[name].safeParse(missing).success).toBe(false);
  });
});

describe('nested records are checked too', () => {
  it('a band with a string amount fails both the zod schema and the JSON Schema', () => {
    const salaries = docs.salaries as { bands: Record<string, unknown>[] };
    const broken = { ...salaries, bands: [{ ...salaries.bands[0], min: '1400000' }] };
    expect(documentSchemas.salaries.safeParse(broken).success).toBe(false);
    expect(ajv().compile(documentJsonSchema('salaries', ctx.site))(broken)).toBe(false);
  });
});
