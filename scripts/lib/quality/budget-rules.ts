/** The page-weight budgets, how a measured page is held against them, and the table `npm run budget` prints. */
import type { PageSize } from './budget.ts';
import { formatBytes, formatTable, right } from '../table.ts';
import { matchesPath } from './dist.ts';

// Sizes always in KiB, so that a column of them compares at a glance.
const kib = (bytes: number): string => formatBytes(bytes, 'KiB');

/** A limit on one measure for the pages whose URL path matches `pages` (`*` one segment, `**` any). */
export interface BudgetRule {
  name: string;
  pages: string;
  except?: readonly string[];
  /** Apply only to pages without an `<astro-island>`. */
  withoutIslands?: boolean;
  /** `js`: every script loaded up front; `html`: the HTML document, inline CSS included. */
  metric: 'js' | 'html';
  /** Largest allowed gzip size in bytes. */
  max: number;
}

/** A check that is reported but does not fail yet: files matching `files` that the pages load up front. */
export interface ReportRule {
  name: string;
  pages: string;
  files: RegExp;
}

/** The budgets (gzip bytes; 1 KiB = 1,024 bytes). */
export const budgetConfig: { rules: readonly BudgetRule[]; reports: readonly ReportRule[] } = {
  rules: [
    {
      name: 'pages without an island ship no JavaScript',
      pages: '/**',
      except: ['/search/**', '/hiring/job-descriptions/', '/hiring/interview-kit/**', '/admin/'],
      withoutIslands: true,
      metric: 'js',
      max: 0,
    },
    { name: 'calculator JavaScript', pages: '/calculator/', metric: 'js', max: 15 * 1024 },
    {
      name: 'job-description fill-ins and copy buttons',
      pages: '/hiring/job-descriptions/',
      metric: 'js',
      max: 2.5 * 1024,
    },
    { name: 'interview-kit scorecards', pages: '/hiring/interview-kit/', metric: 'js', max: 3.5 * 1024 },
    { name: 'hiring-panel summary', pages: '/hiring/interview-kit/panel/', metric: 'js', max: 3 * 1024 },
    { name: 'guide HTML + inline CSS', pages: '/guides/*/', metric: 'html', max: 30 * 1024 },
    // Editors only: Decap CMS (1.5 MiB gzip) and the form's set-up script, which carries the schemas.
    { name: "the editors' form at /admin/", pages: '/admin/', metric: 'js', max: 1700 * 1024 },
  ],
  reports: [
    {
      name: 'search files load only after interaction (not enforced yet)',
      pages: '/search/**',
      files: /^\/pagefind\//,
    },
  ],
};

/** A page over one budget. */
export interface BudgetFailure {
  page: string;
  rule: string;
  metric: BudgetRule['metric'];
  actual: number;
  max: number;
}

const applies = (rule: BudgetRule, s: PageSize): boolean =>
  matchesPath(rule.pages, s.page) &&
  !(rule.except ?? []).some((p) => matchesPath(p, s.page)) &&
  !(rule.withoutIslands === true && s.islands > 0);

/** Every budget a page exceeds. */
export function checkBudgets(sizes: readonly PageSize[], rules = budgetConfig.rules): BudgetFailure[] {
  return rules.flatMap((rule) =>
    sizes
      .filter((s) => applies(rule, s) && s[rule.metric] > rule.max)
      .map((s) => ({ page: s.page, rule: rule.name, metric: rule.metric, actual: s[rule.metric], max: rule.max })),
  );
}

/** `/calculator/: 16.2 KiB, 1.2 KiB over the 15.0 KiB budget for calculator JavaScript`. */
export function formatFailure(f: BudgetFailure): string {
  return `${f.page}: ${kib(f.actual)}, ${kib(f.actual - f.max)} over the ${kib(f.max)} budget for ${f.rule}`;
}

/** One line per page a report rule covers, naming the matching files it loads up front. */
export function reportLines(sizes: readonly PageSize[], reports = budgetConfig.reports): string[] {
  return reports.flatMap((r) =>
    sizes
      .filter((s) => matchesPath(r.pages, s.page))
      .map((s) => {
        const early = [...s.jsFiles, ...s.cssFiles].filter((f) => r.files.test(f));
        const what = early.length === 0 ? 'none loaded up front' : `loaded up front: ${early.join(', ')}`;
        return `${s.page}: ${r.name}: ${what}; JavaScript up front ${kib(s.js)}`;
      }),
  );
}

/** A Markdown table: page, HTML, CSS, JS up front, JS that can load later, total and islands, sizes in KiB. */
export function budgetTable(sizes: readonly PageSize[]): string {
  return formatTable(
    ['page', right('HTML'), right('CSS'), right('JS'), right('later'), right('total'), right('islands')],
    sizes.map((s) => [s.page, kib(s.html), kib(s.css), kib(s.js), kib(s.later), kib(s.total), String(s.islands)]),
  );
}
