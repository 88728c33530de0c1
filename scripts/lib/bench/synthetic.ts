/**
 * Synthetic content for the scale benchmark: many guides and salary data sets derived from the real ones.
 * Pure and deterministic: the same template, index and seed always give the same file.
 */
import { parse, stringify } from 'yaml';
import { guideSchema, type GuideMeta } from '../../../src/schemas/guides.ts';
import { splitFrontMatter } from './front-matter.ts';

/** A random number generator returning floats in [0, 1). */
export type Rng = () => number;

/** Mulberry32: a small seeded generator, so synthetic sites are reproducible. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One item chosen at random. */
function pick<T>(items: readonly T[], rng: Rng): T {
  if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
  return items[Math.floor(rng() * items.length)]!;
}

/** Cities the real guide names (first five) and more to swap in. */
const CITIES = [
  'Bangalore',
  'Hyderabad',
  'Pune',
  'Chennai',
  'Delhi NCR',
  'Mumbai',
  'Kolkata',
  'Ahmedabad',
  'Kochi',
  'Jaipur',
  'Coimbatore',
  'Indore',
  'Chandigarh',
  'Noida',
  'Gurugram',
  'Thiruvananthapuram',
  'Mysore',
  'Nagpur',
  'Visakhapatnam',
  'Bhubaneswar',
] as const;

/** Tools and skills the real guide names (first thirteen) and more to swap in. */
const SKILLS = [
  'Kubernetes',
  'Terraform',
  'MLflow',
  'Airflow',
  'Kubeflow',
  'Docker',
  'Python',
  'SageMaker',
  'Pulumi',
  'Triton',
  'Feast',
  'Argo Workflows',
  'Vertex AI',
  'Nomad',
  'Ansible',
  'Dagster',
  'Prefect',
  'Ray',
  'Spark',
  'BentoML',
  'KServe',
  'Seldon',
  'DVC',
  'Flyte',
  'ZenML',
  'Metaflow',
  'Pachyderm',
  'Databricks',
  'Snowflake',
  'OpenTelemetry',
  'Prometheus',
  'Grafana',
  'Helm',
  'Jenkins',
  'GitLab CI',
  'CloudFormation',
] as const;

const ORIGINAL_CITIES = CITIES.slice(0, 5);
const ORIGINAL_SKILLS = SKILLS.slice(0, 13);

const escapeRx = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces whole words by the mapping in one pass (so `a→b, b→c` never turns `a` into `c`),
 * leaving components such as `<Band level="mid" />` untouched.
 */
export function swapWords(text: string, mapping: ReadonlyMap<string, string>): string {
  if (mapping.size === 0) return text;
  const keys = [...mapping.keys()].sort((a, b) => b.length - a.length).map(escapeRx);
  const rx = new RegExp(`\\b(?:${keys.join('|')})\\b`, 'g');
  return text
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(rx, (w) => mapping.get(w) ?? w)))
    .join('');
}

/**
 * Shuffles the blocks (paragraphs, lists, components) within each section, keeping headings and
 * section order in place, and inserts `extra` blocks after the first heading.
 */
export function shuffleSections(body: string, rng: Rng, extra: readonly string[] = []): string {
  const blocks = body
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const out: string[] = [];
  let section: string[] = [];
  let inserted = extra.length === 0;
  const flush = (): void => {
    out.push(...shuffle(section, rng));
    section = [];
  };
  for (const block of blocks) {
    if (/^#{1,6}\s/.test(block)) {
      flush();
      out.push(block);
      if (!inserted) {
        section.push(...extra);
        inserted = true;
      }
    } else section.push(block);
  }
  flush();
  if (!inserted) out.push(...extra);
  return `${out.join('\n\n')}\n`;
}

/** Adds `days` (may be negative) to a `YYYY-MM-DD` date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Lower-case hyphenated form of a name: `Delhi NCR` → `delhi-ncr`. */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A role a synthetic guide is about. */
export interface RoleRef {
  id: string;
  name: string;
}

/** What to generate: guide `n` (1-based) of `total`, showing data set `datasetId`, about `role`. */
export interface GuideOptions {
  n: number;
  total: number;
  datasetId: string;
  role: RoleRef;
  seed?: number;
}

/** A generated guide: its file name in content/guides/ and its Markdown text. */
export interface SyntheticGuide {
  slug: string;
  fileName: string;
  title: string;
  text: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const plural = (name: string): string => (name.endsWith('s') ? name : `${name}s`);

/** A few sentences naming the guide's city and tools, so pages differ in words as well as order. */
function localNotes(city: string, skills: readonly string[], rng: Rng, n: number): string {
  const [a, b, c] = [pick(skills, rng), pick(skills, rng), pick(skills, rng)];
  const openings = 20 + Math.floor(rng() * 380);
  const weeks = 3 + Math.floor(rng() * 9);
  return [
    `Recruiters in ${city} listed about ${openings} openings that ask for ${a} this quarter, most of them at product companies.`,
    `Candidates who have run ${b} next to ${c} in production usually close within ${weeks} weeks.`,
    `Benchmark note ${n}: ask each finalist to sketch how they would roll back a bad ${a} release.`,
  ].join(' ');
}

/** Builds guide `n` from the real guide: unique slug, title and description; shuffled, word-swapped body. */
export function syntheticGuide(template: string, opts: GuideOptions): SyntheticGuide {
  const { meta, body } = readTemplate(template);
  const rng = mulberry32((opts.seed ?? 2026) * 100_003 + opts.n);
  const cities = shuffle(CITIES, rng);
  const skills = shuffle(SKILLS, rng);
  const mapping = new Map<string, string>([
    ...ORIGINAL_CITIES.map((c, i): [string, string] => [c, cities[i]!]),
    ...ORIGINAL_SKILLS.map((s, i): [string, string] => [s, skills[i]!]),
  ]);
  const city = cities[0]!;
  const width = Math.max(4, String(opts.total).length);
  const roles = plural(opts.role.name);
  const slug = `hiring-${slugify(roles)}-${slugify(city)}-${pad(opts.n, width)}`;
  const long = `Hiring ${roles} in ${city} (guide ${opts.n})`;
  const title = long.length <= 60 ? long : `Hiring ${roles} (guide ${opts.n})`.slice(0, 60);
  const description = fitDescription(
    `Pay bands, skills, interview steps and hiring models for ${roles} in ${city}, with every figure sourced. Benchmark guide ${opts.n} of ${opts.total}.`,
  );
  const published = addDays(meta.published, -((opts.n * 7) % 400));
  const updated = maxDate(published, addDays(meta.updated, -(opts.n % 180)));
  const data: GuideMeta = {
    ...meta,
    title,
    description,
    slug,
    role: opts.role.id,
    salaryData: opts.datasetId,
    published,
    updated,
    // Never after the template's own review: the data sets keep the template's asOf date.
    reviewed: minDate(updated, meta.reviewed),
    tags: [...new Set([...meta.tags.slice(0, 3), slugify(city), 'benchmark'])],
    summary: swapWords(meta.summary, mapping),
  };
  const varied = shuffleSections(swapWords(body, mapping), rng, [localNotes(city, skills.slice(0, 8), rng, opts.n)]);
  return { slug, fileName: `${slug}.mdx`, title, text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${varied}` };
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);

function fitDescription(text: string): string {
  if (text.length <= 160) return text;
  const cut = text.slice(0, 159);
  return `${cut.slice(0, cut.lastIndexOf(' '))}.`;
}

/** The template's front matter and body, the front matter checked by the guide schema. */
function readTemplate(template: string): { meta: GuideMeta; body: string } {
  const parts = splitFrontMatter(template);
  if (!parts) throw new Error('The template must start with front matter between two "---" lines.');
  return { meta: guideSchema.parse(parse(parts.front)), body: parts.body };
}

/** The parts of a salary data set the generator changes; everything else is copied. */
export interface DatasetLike {
  id: string;
  title: string;
  role: string;
  bands: { currency: string; min: number; max: number }[];
  [key: string]: unknown;
}

/** Data set `j` (0-based): same structure as the template, its own id, title, role and scaled bands. */
export function syntheticDataset<T extends DatasetLike>(template: T, j: number, role: RoleRef): T {
  const factor = 0.75 + ((j * 7) % 11) * 0.05;
  const scale = (value: number, currency: string): number =>
    currency === 'INR' ? Math.max(0.5, Math.round(value * factor * 2) / 2) : Math.round((value * factor) / 1000) * 1000;
  return {
    ...structuredClone(template),
    id: datasetId(j, role),
    title: `${role.name} salaries in India, 2026 (set ${j + 1})`,
    role: role.id,
    bands: template.bands.map((b) => ({ ...b, min: scale(b.min, b.currency), max: scale(b.max, b.currency) })),
  };
}

/** The id of synthetic data set `j`. */
export function datasetId(j: number, role: RoleRef): string {
  return `bench-${role.id}-${pad(j + 1, 3)}`;
}

/** Which data set (0-based) and role guide `n` (1-based) uses, spreading guides evenly over data sets. */
export function assignment(n: number, datasets: number, roles: readonly RoleRef[]): { j: number; role: RoleRef } {
  const j = (n - 1) % datasets;
  return { j, role: roles[j % roles.length]! };
}
