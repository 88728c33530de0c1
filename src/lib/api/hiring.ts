/** Builds the hiring document: the interview kit, the job-description templates with their bands, and the employment basics. */
import type { EmploymentTopic } from '../../schemas/employment-basics.ts';
import type { InterviewAttribute, InterviewStep } from '../../schemas/interview-kit.ts';
import type { RoleScope } from '../../schemas/role-scopes.ts';
import type { SalaryDataset } from '../../schemas/salaries.ts';
import type { Skill } from '../../schemas/skills.ts';
import type { Source } from '../../schemas/sources.ts';
import { byId, entryOf } from '../collections.ts';
import { latestDate } from '../dates.ts';
import { hiringPageDates } from '../hiring-dates.ts';
import { jobDescription, postingPay } from '../job-description.ts';
import { bandRange, findBand } from '../salaries.ts';
import { absoluteUrl, hiringPages, jobDescriptionFilePath } from '../routes.ts';
import { schemaPath, sourceRefs, type BuildContext } from './common.ts';
import type { HiringDocument } from './schemas.ts';

/** What the hiring document is built from (references checked by the content reader). */
export interface HiringInput {
  steps: readonly InterviewStep[];
  attributes: readonly InterviewAttribute[];
  skills: readonly Skill[];
  scopes: readonly RoleScope[];
  basics: readonly EmploymentTopic[];
  datasets: readonly SalaryDataset[];
  sources: readonly Source[];
}

/** The hiring document, /api/v1/hiring.json. */
export function buildHiringDocument(i: HiringInput, ctx: BuildContext): HiringDocument {
  const sources = byId(i.sources);
  const attributes = byId(i.attributes);
  const skills = byId(i.skills);
  const datasets = byId(i.datasets);
  const steps = i.steps.toSorted((a, b) => a.number - b.number);
  const kitUrl = absoluteUrl(ctx.site, hiringPages.interviewKit);
  const jdUrl = absoluteUrl(ctx.site, hiringPages.jobDescriptions);
  const basicsUrl = absoluteUrl(ctx.site, hiringPages.employingInIndia);
  const dates = hiringPageDates({ ...i, steps });
  return {
    $schema: absoluteUrl(ctx.site, schemaPath('hiring')),
    generatedAt: ctx.generatedAt,
    asOf: latestDate(Object.values(dates)),
    interviewKit: {
      url: kitUrl,
      steps: steps.map((s) => ({
        id: s.id,
        number: s.number,
        url: `${kitUrl}#${s.id}`,
        title: s.title,
        format: s.format,
        minutes: s.minutes,
        length: s.length,
        purpose: s.purpose,
        prep: [...s.prep],
        questions: s.questions.map((q) => ({
          id: q.id,
          title: q.title,
          attribute: q.attribute,
          prompt: q.prompt,
          followUps: [...(q.followUps ?? [])],
          strong: [...q.strong],
          weak: [...q.weak],
        })),
        attributes: s.attributes.map((id) => {
          const a = entryOf(attributes, id);
          return { id, name: a.name, description: a.description, rubric: { ...a.rubric } };
        }),
        sources: sourceRefs(s.sources, sources),
      })),
    },
    jobDescriptions: i.scopes.map((scope) => {
      const dataset = entryOf(datasets, scope.pay.salaryData);
      const jd = jobDescription({ scope, skills, steps, dataset });
      return {
        id: scope.id,
        url: `${jdUrl}#${scope.id}`,
        markdownUrl: absoluteUrl(ctx.site, jobDescriptionFilePath(scope.id, 'md')),
        textUrl: absoluteUrl(ctx.site, jobDescriptionFilePath(scope.id, 'txt')),
        name: jd.name,
        title: jd.title,
        focus: jd.focus,
        symptom: scope.symptom,
        summary: jd.summary,
        owns: jd.owns,
        mustHave: jd.mustHave,
        niceToHave: jd.niceToHave,
        pay: {
          salaryData: dataset.id,
          asOf: dataset.asOf,
          bands: scope.pay.levels.flatMap((level) =>
            scope.pay.segments.flatMap((segment) => {
              const band = findBand(dataset, level, segment);
              if (!band) return [];
              const r = bandRange(band);
              return [{ level, segment, ...r, text: postingPay(r) }];
            }),
          ),
        },
        emphasis: scope.emphasis.map((e) => ({ step: e.step, why: e.why })),
        sources: sourceRefs(scope.sources, sources),
      };
    }),
    employmentBasics: {
      url: basicsUrl,
      note: 'Planning information, not legal advice.',
      topics: i.basics.map((t) => ({
        id: t.id,
        url: `${basicsUrl}#${t.id}`,
        title: t.title,
        facts: t.facts.map((f) => ({
          text: f.text,
          appliesTo: f.appliesTo,
          law: f.law ?? null,
          asOf: f.asOf,
          sources: sourceRefs(f.sources, sources),
        })),
        notCovered: t.notCovered ?? null,
      })),
    },
  };
}
