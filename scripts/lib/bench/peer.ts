/**
 * `--peer starlight`: the same synthetic guides as a Starlight site, in a folder of its own with its own install
 * (never the project's node_modules). The texts stay MDX files without our components: inline figures turn into the text they show,
 * citations into bracketed numbers and each table, chart or calculator into a small Markdown table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter } from './front-matter.ts';

/** The Starlight release the peer installs, with the project's own Astro version beside it. */
const STARLIGHT_VERSION = '^0.42.4';

/** What a block component (a line of its own) becomes: a table of the size our salary tables have. */
const BLOCK_TABLE = [
  '| Level | Broad market | Top employers | US total pay |',
  '| --- | --- | --- | --- |',
  '| Junior | ₹6L–₹10L | ₹10L–₹16L | $95,000–$130,000 |',
  '| Mid-level | ₹14L–₹22L | ₹22L–₹35L | $130,000–$175,000 |',
  '| Senior | ₹22L–₹38L | ₹35L–₹60L | $175,000–$240,000 |',
].join('\n');

/** The Markdown page Starlight builds for one synthetic guide. */
export function starlightPage(guide: string): string {
  const parts = splitFrontMatter(guide);
  if (!parts) throw new Error('A synthetic guide must start with front matter.');
  const meta = parse(parts.front) as { title: string; description: string };
  const cites = new Map<string, number>();
  const body = parts.body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^<[A-Z][A-Za-z]*\b[^>]*\/>\s*$/gm, BLOCK_TABLE)
    .replace(/<Cite id="([^"]+)"\s*\/>/g, (_, id: string) => {
      if (!cites.has(id)) cites.set(id, cites.size + 1);
      return `<sup>[${cites.get(id)}]</sup>`;
    })
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '₹14L–₹22L');
  const front = `---\ntitle: ${JSON.stringify(meta.title)}\ndescription: ${JSON.stringify(meta.description)}\n---\n`;
  return `${front}\n${body.trim()}\n`;
}

/** The files of the Starlight project, besides its pages. */
export function starlightFiles(astroVersion: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify(
      {
        name: 'starlight-peer',
        private: true,
        type: 'module',
        scripts: { build: 'astro build' },
        dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
      },
      null,
      2,
    )}\n`,
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      '',
      "export default defineConfig({ integrations: [starlight({ title: 'Hiring Guides' })] });",
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
    'src/content/docs/index.md': '---\ntitle: Hiring Guides\ndescription: Hiring guides.\n---\n\nEvery guide.\n',
  };
}

/** Writes the Starlight project into `dir` with one page per guide in `guidesDir`. */
export function writeStarlightProject(dir: string, guidesDir: string, astroVersion: string): number {
  for (const [path, text] of Object.entries(starlightFiles(astroVersion))) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const pages = join(dir, 'src/content/docs/guides');
  mkdirSync(pages, { recursive: true });
  const files = readdirSync(guidesDir).filter((f) => f.endsWith('.mdx'));
  for (const file of files)
    writeFileSync(join(pages, file), starlightPage(readFileSync(join(guidesDir, file), 'utf8')));
  return files.length;
}

/** Installs the peer's dependencies in `dir` with npm, with `binDir`'s Node first on the PATH; throws on failure. */
export function installPeer(dir: string, binDir: string): string {
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${binDir}:${process.env['PATH'] ?? ''}` },
  });
  if (run.status !== 0) throw new Error(`npm install of the Starlight peer failed:\n${run.stderr}${run.stdout}`);
  const version = (name: string): string =>
    (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return `Starlight ${version('@astrojs/starlight')}, Astro ${version('astro')}`;
}
