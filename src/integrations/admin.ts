/**
 * The editors' form at /admin: Decap CMS from the npm package's own files (no CDN), our set-up script bundled for the
 * browser, and config.yml generated from the schemas and the content on file. `astro build` writes it to dist/admin/;
 * `astro dev` serves the same files, so `npm run cms` edits the working copy.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { stringify } from 'yaml';
import { CMS_PROXY_PORT, cmsConfig } from '../lib/cms/config.ts';
import { contentAt, forgetContent } from '../lib/content/reader.ts';
import { guidesDir } from '../lib/content/registry.ts';
import { ADMIN_PATH } from '../lib/routes.ts';
import { site } from '../site.config.ts';

const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
/** Decap's files: the entry, its chunks (loaded from beside it) and WebAssembly, and its licence notice. */
const isDecapFile = (name: string): boolean => /^(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$|\.wasm$/.test(name);

const page = `<!DOCTYPE html>
<html lang="${site.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Edit the data · ${site.name}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script src="${ADMIN_PATH}cms.js"></script>
    <script src="${ADMIN_PATH}decap-cms.js"></script>
  </head>
  <body data-pagefind-ignore="all"></body>
</html>
`;

/**
 * The content reader reads from disk only when given a folder; the form hands it the file it is about to save, so in
 * the browser the disk functions are stubs that say so.
 */
const noDisk: Plugin = {
  name: 'no-disk',
  setup(build) {
    build.onResolve({ filter: /^node:(fs|path)$/ }, (args) => ({ path: args.path, namespace: 'no-disk' }));
    build.onLoad({ filter: /.*/, namespace: 'no-disk' }, () => ({
      contents: `const none = () => { throw new Error('The form reads no files from disk.'); };
        export { none as readdirSync, none as readFileSync, none as statSync, none as join };`,
      loader: 'js',
    }));
  },
};

/** The generated files of /admin, by name. */
async function generated(root: string): Promise<Map<string, string>> {
  const guides = readdirSync(join(root, guidesDir)).some((f) => f.endsWith('.mdx')) ? 'mdx' : 'md';
  const repo = new URL(site.repository).pathname.slice(1);
  const config = cmsConfig(contentAt(root), {
    repo,
    branch: 'main',
    localProxy: `http://127.0.0.1:${CMS_PROXY_PORT}/api/v1`,
    guideExtension: guides,
  });
  const script = await build({
    entryPoints: [fileURLToPath(new URL('../admin/cms.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [noDisk],
  });
  return new Map([
    ['index.html', page],
    ['config.yml', stringify(config, { lineWidth: 0 })],
    ['cms.js', script.outputFiles[0]?.text ?? ''],
  ]);
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

/** Astro integration: /admin in the build and on the dev server. */
export function decapAdmin(): AstroIntegration {
  return {
    name: 'decap-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(ADMIN_PATH)) return next();
          const name = path.slice(ADMIN_PATH.length) || 'index.html';
          const root = process.cwd();
          // The choices in config.yml come from the files as they are now, after the editor's last save.
          if (name === 'config.yml') forgetContent(root);
          const body = isDecapFile(name)
            ? readFile(join(decapDist, name))
            : generated(root).then((files) => files.get(name));
          body.then(
            (content) => {
              if (content === undefined) return next();
              res.setHeader('Content-Type', types[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
              res.end(content);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), ADMIN_PATH);
        await mkdir(out, { recursive: true });
        for (const [name, text] of await generated(process.cwd())) await writeFile(join(out, name), text);
        for (const name of (await readdir(decapDist)).filter(isDecapFile))
          await copyFile(join(decapDist, name), join(out, name));
      },
    },
  };
}
