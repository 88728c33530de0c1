/** Typed views of the hiring tools for pages and endpoints: the interview kit, job-description templates and employment basics. */
import { getCollection } from 'astro:content';
import { contentAt } from '../lib/content/reader.ts';
import { byId } from '../lib/collections.ts';
import { jobDescription, type JobDescription } from '../lib/job-description.ts';
import { hiringFeedItems, hiringPageDates, type HiringPage } from '../lib/hiring-dates.ts';
import type { FeedItem } from '../lib/rss.ts';
import { inFileOrder, loadContent } from './content.ts';
import { staticPages } from './pages.ts';

async function load() {
  // Astro's store returns entries by id; the tables follow the order editors wrote them in.
  const listed = contentAt(process.cwd()).collections;
  const [attributes, steps, skills, scopes, basics] = await Promise.all([
    getCollection('interviewAttributes'),
    getCollection('interviewSteps'),
    getCollection('skills').then((e) => inFileOrder(e, listed.skills)),
    getCollection('roleScopes').then((e) => inFileOrder(e, listed.roleScopes)),
    getCollection('employmentBasics').then((e) => inFileOrder(e, listed.employmentBasics)),
  ]);
  const c = await loadContent();
  const stepList = steps.map((s) => s.data).toSorted((a, b) => a.number - b.number);
  const skillMap = new Map(skills.map((s) => [s.id, s.data]));
  // The content reader has checked that every scope names a data set that exists.
  const templates: JobDescription[] = scopes.map((s) =>
    jobDescription({
      scope: s.data,
      skills: skillMap,
      steps: stepList,
      dataset: c.salaries.get(s.data.pay.salaryData)!.data,
    }),
  );
  return {
    attributes: byId(attributes.map((a) => a.data)),
    steps: stepList,
    skills: skills.map((s) => s.data),
    scopes: scopes.map((s) => s.data),
    templates,
    basics: basics.map((b) => b.data),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** The hiring tools' content, loaded once per build. */
export function loadHiring(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}

/** When each hiring-tool page last changed, from its data. */
async function hiringDates(): Promise<Record<HiringPage, string>> {
  const h = await loadHiring();
  const c = await loadContent();
  return hiringPageDates({
    sources: [...c.sources.values()].map((s) => s.data),
    steps: h.steps,
    attributes: [...h.attributes.values()],
    scopes: h.scopes,
    datasets: [...c.salaries.values()].map((d) => d.data),
    basics: h.basics,
  });
}

/** The feed items announcing the hiring-tool pages, with absolute links on `root`. */
export async function hiringFeed(root: string): Promise<FeedItem[]> {
  const { interviewKit, jobDescriptions, employingInIndia } = staticPages;
  return hiringFeedItems(await hiringDates(), { interviewKit, jobDescriptions, employingInIndia }, root);
}
