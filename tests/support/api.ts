/** Frozen content as plain data for the API builder tests, a strict RFC 4180 CSV reader and a JSON Schema validator. */
import Ajv2020 from 'ajv/dist/2020.js';
import { readGuides } from '../../src/lib/content/guides.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { dataCollections, guidesDir, type DataCollectionSpec } from '../../src/lib/content/registry.ts';
import type { BuildContext } from '../../src/lib/api/common.ts';
import type { GuideInput } from '../../src/lib/api/guides.ts';

// The frozen copy of the content, so an editor's correct change to a live figure cannot fail the pinned checks.
const root = 'tests/fixtures/frozen';
const data = <T>(spec: DataCollectionSpec<T>): T[] => readCollection(root, spec).map((e) => e.data);

/** Every data collection the API reads, as plain parsed data. */
export const content = {
  sources: data(dataCollections.sources),
  authors: data(dataCollections.authors),
  roles: data(dataCollections.roles),
  exchangeRates: data(dataCollections.exchangeRates),
  datasets: data(dataCollections.salaries),
  employerCosts: data(dataCollections.employerCosts),
  incomeTax: data(dataCollections.incomeTax),
  salaryStructure: data(dataCollections.salaryStructure),
  interviewSteps: data(dataCollections.interviewSteps),
  interviewAttributes: data(dataCollections.interviewAttributes),
  skills: data(dataCollections.skills),
  roleScopes: data(dataCollections.roleScopes),
  employmentBasics: data(dataCollections.employmentBasics),
};

/** The frozen content the hiring document is built from. */
export const hiringInput = {
  steps: content.interviewSteps,
  attributes: content.interviewAttributes,
  skills: content.skills,
  scopes: content.roleScopes,
  basics: content.employmentBasics,
  datasets: content.datasets,
  sources: content.sources,
};

/** The frozen content the take-home document is built from, with the calculator's default settings. */
export const takeHomeInput = {
  taxRules: content.incomeTax,
  employerCosts: content.employerCosts,
  hraShare: content.salaryStructure[0]!.shareOfBasic,
  settings: { wageShare: 0.5, pf: 'ceiling' as const },
  datasets: content.datasets,
  sources: content.sources,
};

/** The guides' front matter and word counts (headings are left to each test). */
export function guideInputs(): GuideInput[] {
  const { guides, problems } = readGuides(root, guidesDir);
  if (problems.length > 0) throw new Error(`Guide problems: ${JSON.stringify(problems)}`);
  return guides.map((g) => ({ data: g.data, wordCount: g.wordCount, headings: [] }));
}

/** A fixed build context, so the documents are reproducible. */
export const ctx: BuildContext = { site: 'https://api.test', generatedAt: '2026-11-27T08:00:00.000Z' };

/** Ajv for draft 2020-12, strict, with the three formats zod emits (the published schemas use them). */
export function ajv(): Ajv2020 {
  const a = new Ajv2020({ allErrors: true, strict: true });
  a.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  a.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  a.addFormat('uri', (s: string) => URL.canParse(s));
  return a;
}

/** Parses RFC 4180 CSV with CRLF line ends; throws on anything malformed (bare quotes, LF-only lines, no final CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('Unterminated quoted field.');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`A quote inside an unquoted field at ${i}.`);
        field += text[i];
        i++;
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`Expected a comma or CRLF at ${i}.`);
    }
  }
  if (row.length > 0) throw new Error('The last row does not end in CRLF.');
  return rows;
}
