/** Titles and descriptions of the fixed pages, and each page's Open Graph headline: one place for page metadata. */
import { salaryHeadline } from '../lib/salaries.ts';
import { site } from '../site.config.ts';
import { getDataset, loadContent } from './content.ts';
import { ABOUT_PATH, guidePath, hiringPages, panelSummaryPath } from '../lib/routes.ts';

/** Metadata of a page: what crawlers and link previews show. */
interface PageMeta {
  /** Path with trailing slash, e.g. `/salaries/`. */
  path: string;
  title: string;
  description: string;
  /** Search metadata: what readers ask that the page answers in other words (ranked by the search page). */
  searchKeywords?: string;
}

/** The fixed pages (guides come from content). */
export const staticPages = {
  home: {
    path: '/',
    title: `${site.name}: pay, costs and interviews for hiring abroad`,
    description: site.tagline,
  },
  guides: {
    path: '/guides/',
    title: 'Guides',
    description:
      'In-depth hiring guides: salary bands, employer costs, skills to test and how to hire, each with its sources.',
  },
  salaries: {
    path: '/salaries/',
    title: 'Salary data and methodology',
    description:
      'Every salary band, benchmark and exchange rate on the site, with where each figure comes from and when it was last checked.',
    searchKeywords: 'salary snapshot: how much an MLOps engineer is paid, pay, cost, CTC, wages, compensation',
  },
  calculator: {
    path: '/calculator/',
    title: 'Employer cost calculator for India',
    description:
      'Work out what an engineer in India costs an employer: gross pay, PF, gratuity, ESI, bonus and EOR fees, line by line with sources.',
    searchKeywords: 'how much an MLOps engineer costs: cost, price, budget, CTC, cost to company, total employer cost',
  },
  sources: {
    path: '/sources/',
    title: 'Sources',
    description:
      'Every source behind the figures on this site: publisher, title, web address where public, and the date we read it.',
  },
  interviewKit: {
    path: hiringPages.interviewKit,
    title: 'MLOps interview kit: questions, scorecards',
    description:
      'Four interviews for an MLOps hire: questions with strong and weak answers, and a 1–4 scorecard per interview to fill in, save, print and download.',
  },
  panelSummary: {
    path: panelSummaryPath,
    title: 'Hiring-panel summary of interview scorecards',
    description:
      'Load the scorecard CSVs your interviewers downloaded from the interview kit and see each attribute’s scores side by side. Nothing leaves your browser.',
  },
  jobDescriptions: {
    path: hiringPages.jobDescriptions,
    title: 'MLOps job descriptions: four kinds of role',
    description:
      'Job-description templates for deployment, platform, data-pipeline and LLMOps roles, with pay bands from our salary data; copy or download.',
  },
  employingInIndia: {
    path: hiringPages.employingInIndia,
    title: 'Employing in India: the basics, with sources',
    description:
      'Notice, leave, termination, appointment letters, the POSH committee, personal data and payroll in India: each fact dated, sourced and saying whom it covers.',
  },
  about: {
    path: ABOUT_PATH,
    title: 'Who writes the guides and how we check them',
    description:
      'Who writes and reviews the guides, how every figure is checked against its source and date, and how to report an error.',
  },
  search: {
    path: '/search/',
    title: 'Search',
    description:
      'Search every guide, salary table, source and the cost calculator on the site; results link to the exact section.',
  },
} satisfies Record<string, PageMeta>;

/** "Mid-level MLOps engineer in India: ₹14L–₹22L a year": the middle level's first local band of a data set. */
async function headline(datasetId: string): Promise<string> {
  const { dataset } = await getDataset(datasetId);
  const c = await loadContent();
  return salaryHeadline(dataset, c.roles.get(dataset.role)?.data.name);
}

/** Every page with an Open Graph image: its metadata and headline figure. */
export async function ogPages(): Promise<(PageMeta & { headline: string })[]> {
  const { guides } = await loadContent();
  const first = guides[0];
  const lead = first ? await headline(first.data.salaryData) : site.tagline;
  const fixed = Object.values(staticPages).map((p) => ({ ...p, headline: lead }));
  const guidePages = await Promise.all(
    guides.map(async (g) => ({
      path: guidePath(g.data.slug),
      title: g.data.title,
      description: g.data.description,
      headline: await headline(g.data.salaryData),
    })),
  );
  return [...fixed, ...guidePages];
}

/** Where a page's Open Graph image is published. */
export function ogImagePath(pagePath: string): string {
  return `/og${pagePath === '/' ? '/home' : pagePath.replace(/\/$/, '')}.png`;
}
