/** The command line of `npm run bench`: its options, their defaults and checks, and the usage text. */
import { parseArgs } from 'node:util';

/** What one benchmark run does. */
interface BenchOptions {
  /** Synthetic guides to generate. */
  pages: number;
  /** Salary data sets they share (at most `pages`). */
  datasets: number;
  /** Keep the temporary folder and print its path. */
  keep: boolean;
  /** Build only the synthetic site. */
  skipReal: boolean;
  /** Also build without OG images, index with Pagefind on its own and build under `node --cpu-prof`. */
  profile: boolean;
  /** Extra Node flags for every build. */
  nodeArgs: string[];
  /** Leave out the warm rebuild after one data edit. */
  skipWarm: boolean;
  /** Also build the same texts with this peer, back to back with ours, twice. */
  peer: 'starlight' | undefined;
}

/** The peers `--peer` knows. */
const PEERS = ['starlight'] as const;

/** The options, one a line, as `--help` prints them. */
export const USAGE = `Usage: npm run bench -- [options]

  --pages N       synthetic guides to generate (default 1000)
  --datasets N    salary data sets they share (default 50)
  --keep          keep the temporary folder and print its path
  --skip-real     build only the synthetic site
  --skip-warm     leave out the warm rebuild after one data edit
  --profile       also build the synthetic site without OG images, run the site's Pagefind indexing on its own,
                  and build it once more under \`node --cpu-prof\` to list where the main process spends its time
  --node-args S   extra Node flags for every build, e.g. --node-args=--max-old-space-size=1024 to try a heap cap
  --peer NAME     also build the same texts with a peer, installed in the temporary folder: \`starlight\`
                  (as Markdown, with its own Pagefind index); ours and the peer's run back to back, twice
  --help          print this text`;

const read = (argv: readonly string[]) =>
  parseArgs({
    args: [...argv],
    options: {
      pages: { type: 'string', default: '1000' },
      datasets: { type: 'string', default: '50' },
      keep: { type: 'boolean', default: false },
      'skip-real': { type: 'boolean', default: false },
      'skip-warm': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'node-args': { type: 'string', default: '' },
      peer: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;

/** What a command line asks for: a run with these options, the usage text, or nothing (with the reason). */
export type BenchRequest =
  { kind: 'run'; options: BenchOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** Reads a command line (without `node` and the script); a mistake is an `error`, never an exception. */
export function parseBenchOptions(argv: readonly string[]): BenchRequest {
  let values: ReturnType<typeof read>;
  try {
    values = read(argv);
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const pages = Number(values.pages);
  const datasets = Number(values.datasets);
  if (!Number.isInteger(pages) || pages < 1) return { kind: 'error', message: '--pages must be a whole number ≥ 1.' };
  if (!Number.isInteger(datasets) || datasets < 1)
    return { kind: 'error', message: '--datasets must be a whole number ≥ 1.' };
  const peer = values.peer;
  if (peer !== undefined && !PEERS.includes(peer as (typeof PEERS)[number]))
    return { kind: 'error', message: `--peer must be one of: ${PEERS.join(', ')}.` };
  return {
    kind: 'run',
    options: {
      pages,
      datasets: Math.min(datasets, pages),
      keep: values.keep,
      skipReal: values['skip-real'],
      skipWarm: values['skip-warm'],
      profile: values.profile,
      nodeArgs: values['node-args'].split(/\s+/).filter(Boolean),
      peer: peer as BenchOptions['peer'],
    },
  };
}

/** Pages above which the builds need more JavaScript heap than Node gives by default (about 4 GiB). */
export const LARGE_SITE_PAGES = 2000;

/**
 * The Node flags for every build: `nodeArgs`, plus a heap limit of half the machine's memory for a site of more than
 * {@link LARGE_SITE_PAGES} pages, unless the flags already set one (the guide pages hold every rendered guide until the API has used them).
 */
export function buildNodeArgs(nodeArgs: readonly string[], pages: number, totalBytes: number): string[] {
  if (pages <= LARGE_SITE_PAGES || nodeArgs.some((a) => a.startsWith('--max-old-space-size'))) return [...nodeArgs];
  return [...nodeArgs, `--max-old-space-size=${Math.floor(totalBytes / 2 / 1024 ** 2)}`];
}
