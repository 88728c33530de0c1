/**
 * Job-description templates: one model per role scope, built from the role, skills, interview steps and salary data,
 * and the Markdown and plain-text versions readers copy or download. Pure: the page, the downloads and the API use it.
 */
import type { InterviewStep } from '../schemas/interview-kit.ts';
import type { RoleScope } from '../schemas/role-scopes.ts';
import type { SalaryDataset } from '../schemas/salaries.ts';
import type { Skill } from '../schemas/skills.ts';
import { entryOf } from './collections.ts';
import { formatDate } from './dates.ts';
import { bandRange, findBand, formatMoneyRange, levelYears } from './salaries.ts';

/** One level's pay: a band per segment, formatted. */
export interface PayLine {
  level: string;
  /** "Mid-level (3–6 years)". */
  label: string;
  bands: { segment: string; label: string; range: string }[];
}

/** A job description, ready to render as HTML, Markdown or plain text. */
export interface JobDescription {
  id: string;
  name: string;
  title: string;
  focus: string;
  summary: string;
  owns: string[];
  mustHave: { id: string; name: string; detail: string }[];
  niceToHave: { id: string; name: string; detail: string }[];
  pay: { lines: PayLine[]; asOf: string; asOfText: string; dataset: string; datasetTitle: string };
  steps: { number: number; id: string; title: string; format: string; minutes: number | undefined }[];
  emphasis: { number: number; title: string; why: string }[];
}

/** What a template is built from: the scope, and the entries its ids point at (the content reader has checked them). */
export interface JobDescriptionInput {
  scope: RoleScope;
  skills: ReadonlyMap<string, Skill>;
  /** Every interview step, in any order. */
  steps: readonly InterviewStep[];
  dataset: SalaryDataset;
}

/** The template's model. Bands come from the data set, so an edit to the salary data changes every format. */
export function jobDescription({ scope, skills, steps, dataset }: JobDescriptionInput): JobDescription {
  const skill = (id: string) => {
    const s = entryOf(skills, id);
    return { id, name: s.name, detail: s.detail };
  };
  const byId = new Map(steps.map((s) => [s.id, s]));
  const ordered = steps.toSorted((a, b) => a.number - b.number);
  const segments = new Map(dataset.segments.map((s) => [s.id, s]));
  const lines = scope.pay.levels.map((levelId): PayLine => {
    const level = entryOf(new Map(dataset.levels.map((l) => [l.id, l])), levelId);
    const bands = scope.pay.segments.flatMap((segmentId) => {
      const band = findBand(dataset, levelId, segmentId);
      const segment = entryOf(segments, segmentId);
      return band
        ? [{ segment: segmentId, label: segment.label, range: formatMoneyRange(bandRange(band), 'long') }]
        : [];
    });
    return { level: levelId, label: `${level.label} (${levelYears(level)})`, bands };
  });
  return {
    id: scope.id,
    name: scope.name,
    title: scope.title,
    focus: scope.focus,
    summary: scope.summary,
    owns: [...scope.owns],
    mustHave: scope.mustHave.map(skill),
    niceToHave: scope.niceToHave.map(skill),
    pay: {
      lines,
      asOf: dataset.asOf,
      asOfText: formatDate(dataset.asOf),
      dataset: dataset.id,
      datasetTitle: dataset.title,
    },
    steps: ordered.map((s) => ({ number: s.number, id: s.id, title: s.title, format: s.format, minutes: s.minutes })),
    emphasis: scope.emphasis.map((e) => {
      const step = entryOf(byId, e.step);
      return { number: step.number, title: step.title, why: e.why };
    }),
  };
}

/** "Mid-level (3–6 years): ₹14 lakh to ₹22 lakh a year (India broad market); …". */
export function payLineText(line: PayLine): string {
  return `${line.label}: ${line.bands.map((b) => `${b.range} a year (${b.label})`).join('; ')}`;
}

/** "Confirm role fit: screening call, 10 minutes" (lists number the steps). */
export function stepText(s: JobDescription['steps'][number]): string {
  const format = s.format.charAt(0).toLowerCase() + s.format.slice(1);
  return `${s.title}: ${format}${s.minutes === undefined ? '' : `, ${s.minutes} minutes`}`;
}

/** "Python. The working language of most ML infrastructure." */
export function skillText(s: JobDescription['mustHave'][number]): string {
  return `${s.name}. ${s.detail}`;
}

/** The note under the pay lines: which data, as of when, and what the bands do not distinguish. */
export function payNote(jd: JobDescription): string {
  return `Bands from the data set "${jd.pay.datasetTitle}", figures as of ${jd.pay.asOfText}. They describe MLOps engineers in general, not this kind of role alone.`;
}

/** The note under the emphasis list. */
export const hiringTeamNote = 'For the hiring team: remove this section before posting.';

/**
 * Where a template came from, for the foot of each copy: the site's name and the paths of the page and the interview
 * kit (paths, not addresses, so that a copy never carries a domain the reader cannot open).
 */
export interface Provenance {
  siteName: string;
  pagePath: string;
  kitPath: string;
}

const footer = (p: Provenance) =>
  `Interview questions and scorecards: ${p.siteName}, ${p.kitPath}. Template from ${p.siteName}, ${p.pagePath}`;

// Characters that would change the meaning of ordinary text in Markdown.
const escapeMd = (text: string): string => text.replace(/([\\`*_[\]<>#])/g, '\\$1');

/** One document in a neutral shape, so Markdown and plain text cannot drift apart. */
type Block = { heading: string; lines: string[]; ordered?: boolean; note?: string };

function blocks(jd: JobDescription): Block[] {
  return [
    { heading: 'What you will own', lines: jd.owns },
    { heading: 'What you need', lines: jd.mustHave.map(skillText) },
    { heading: 'Nice to have', lines: jd.niceToHave.map(skillText) },
    { heading: 'Pay', lines: jd.pay.lines.map(payLineText), note: payNote(jd) },
    { heading: 'How we interview', lines: jd.steps.map(stepText), ordered: true },
    {
      heading: 'Interview steps to weight for this role',
      lines: jd.emphasis.map((e) => `Step ${e.number}, ${e.title}: ${e.why}`),
      note: hiringTeamNote,
    },
  ];
}

/** The template as Markdown. */
export function jobDescriptionMarkdown(jd: JobDescription, p: Provenance): string {
  const out = [`# ${escapeMd(jd.title)}`, '', escapeMd(jd.summary)];
  for (const b of blocks(jd)) {
    out.push('', `## ${b.heading}`, '');
    b.lines.forEach((l, i) => out.push(`${b.ordered ? `${i + 1}.` : '-'} ${escapeMd(l)}`));
    if (b.note) out.push('', `_${escapeMd(b.note)}_`);
  }
  out.push('', '---', '', escapeMd(footer(p)), '');
  return out.join('\n');
}

/** The template as plain text: headings in capitals, lists with hyphens, nothing to render. */
export function jobDescriptionText(jd: JobDescription, p: Provenance): string {
  const out = [jd.title.toUpperCase(), '', jd.summary];
  for (const b of blocks(jd)) {
    out.push('', b.heading.toUpperCase(), '');
    b.lines.forEach((l, i) => out.push(`${b.ordered ? `${i + 1}.` : '-'} ${l}`));
    if (b.note) out.push('', b.note);
  }
  out.push('', footer(p), '');
  return out.join('\n');
}

/** The file name a template downloads as, e.g. `mlops-engineer-platform.md`. */
export function downloadName(id: string, format: 'md' | 'txt'): string {
  return `mlops-engineer-${id}.${format}`;
}
