/**
 * Job-description templates: one model per role scope, built from the role, skills, interview steps and salary data:
 * what the hiring team reads, and the posting candidates read (rendered by ./job-post.ts). Pure: the page, the
 * downloads and the API use it.
 */
import type { InterviewStep } from '../schemas/interview-kit.ts';
import type { RoleScope } from '../schemas/role-scopes.ts';
import type { SalaryDataset } from '../schemas/salaries.ts';
import type { Skill } from '../schemas/skills.ts';
import { entryOf } from './collections.ts';
import { formatDate } from './dates.ts';
import { formatLakhRange, formatUsd, formatRange } from './format.ts';
import type { PayOption, Posting } from './job-post.ts';
import { bandRange, findBand, levelYears, type MoneyRange } from './salaries.ts';

/** A job description: the hiring team's view of the role, and the posting candidates read. */
export interface JobDescription {
  id: string;
  name: string;
  title: string;
  focus: string;
  summary: string;
  owns: string[];
  mustHave: { id: string; name: string; detail: string }[];
  niceToHave: { id: string; name: string; detail: string }[];
  /** Where the posting's pay ranges come from. */
  pay: { asOf: string; asOfText: string; dataset: string; datasetTitle: string };
  steps: { number: number; id: string; title: string; format: string; minutes: number }[];
  emphasis: { number: number; title: string; why: string }[];
  /** What candidates read: no notes for the hiring team, pay as one range per seniority and employer type. */
  posting: Posting;
}

/** "₹22–32 lakh a year" or "$130,000–$170,000 a year": pay the way candidates expect to read it. */
export function postingPay(r: MoneyRange): string {
  const amount =
    r.currency === 'INR' ? formatLakhRange(r.min / 100_000, r.max / 100_000) : formatRange(r.min, r.max, formatUsd);
  return `${amount} a year`;
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
  const levels = new Map(dataset.levels.map((l) => [l.id, l]));
  const pay = scope.pay.levels.flatMap((levelId) => {
    const level = entryOf(levels, levelId);
    return scope.pay.segments.flatMap((segmentId): PayOption[] => {
      const band = findBand(dataset, levelId, segmentId);
      return band
        ? [
            {
              key: `${levelId}/${segmentId}`,
              level: `${level.label} (${levelYears(level)})`,
              segment: entryOf(segments, segmentId).label,
              range: postingPay(bandRange(band)),
            },
          ]
        : [];
    });
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
    posting: {
      id: scope.id,
      title: scope.title,
      summary: scope.summary,
      owns: [...scope.owns],
      mustHave: scope.mustHave.map((id) => entryOf(skills, id).name),
      niceToHave: scope.niceToHave.map((id) => entryOf(skills, id).name),
      pay,
      steps: ordered.map(postingStep),
    },
  };
}

/** "Confirm role fit: screening call, about 10 minutes" (lists number the steps). */
export function postingStep(s: Pick<InterviewStep, 'title' | 'format' | 'minutes'>): string {
  const format = s.format.charAt(0).toLowerCase() + s.format.slice(1);
  return `${s.title}: ${format}, about ${s.minutes} minutes`;
}

/** The hiring team's note on pay: which data, as of when, and what the bands do not distinguish. */
export function payNote(jd: JobDescription): string {
  return `The posting quotes one band from the data set "${jd.pay.datasetTitle}", figures as of ${jd.pay.asOfText}, for the seniority and employer type you choose. The bands describe MLOps engineers in general, not this kind of role alone.`;
}

/** The file name a template downloads as, e.g. `mlops-engineer-platform.md`. */
export function downloadName(id: string, format: 'md' | 'txt'): string {
  return `mlops-engineer-${id}.${format}`;
}
