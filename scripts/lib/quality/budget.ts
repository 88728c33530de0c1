/** Measures what one built page costs to load: gzip bytes of its HTML, its CSS and the JavaScript it can run before any interaction. */
import { gzipSync } from 'node:zlib';
import { hasRel, scanTags } from './html.ts';

/** What a page references, as URL paths. */
export interface PageAssets {
  stylesheets: string[];
  /** Scripts, module preloads and island component/renderer URLs. */
  scripts: string[];
  inlineCss: string;
  inlineJs: string;
  islands: number;
}

/** The files the measurement reads: text (for imports) and gzip size, both by URL path; `undefined` when missing. */
export interface AssetReader {
  text: (path: string) => string | undefined;
  gzip: (path: string) => number | undefined;
}

/** One page's measured sizes, in gzip bytes. */
export interface PageSize {
  page: string;
  html: number;
  /** Linked stylesheets plus inline `<style>`. */
  css: number;
  /** Every script the page loads up front, following static imports, plus inline `<script>`. */
  js: number;
  /** Scripts the page can load later, on demand (dynamic `import()`), that it does not load up front. */
  later: number;
  laterFiles: string[];
  /** Bytes transferred: the HTML (inline CSS and JS included) plus linked files. */
  total: number;
  islands: number;
  jsFiles: string[];
  cssFiles: string[];
  missing: string[];
}

/** Gzip size of a string or buffer (Node's default level, as most static hosts serve). */
export const gzipBytes = (data: string | Uint8Array): number => (data.length === 0 ? 0 : gzipSync(data).length);

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The stylesheets, scripts, islands and inline code a page's HTML references. */
export function pageAssets(html: string): PageAssets {
  const a: PageAssets = { stylesheets: [], scripts: [], inlineCss: '', inlineJs: '', islands: 0 };
  for (const tag of scanTags(html)) {
    const { attrs } = tag;
    if (tag.name === 'link' && attrs['href'] && hasRel(tag, 'stylesheet')) a.stylesheets.push(attrs['href']);
    else if (tag.name === 'link' && attrs['href'] && hasRel(tag, 'modulepreload')) a.scripts.push(attrs['href']);
    else if (tag.name === 'style') a.inlineCss += tag.text ?? '';
    else if (tag.name === 'script' && JS_TYPES.has((attrs['type'] ?? '').toLowerCase())) {
      if (attrs['src']) a.scripts.push(attrs['src']);
      else a.inlineJs += tag.text ?? '';
    } else if (tag.name === 'astro-island') {
      a.islands++;
      for (const key of ['component-url', 'renderer-url', 'before-hydration-url'])
        if (attrs[key]) a.scripts.push(attrs[key]);
    }
  }
  return a;
}

const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;

/** The specifiers of a module's static `import … from "x"`, `import "x"` and `export … from "x"` (never `import()`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? '').filter((s) => /^(\.{1,2}\/|\/)/.test(s));
}

const DYNAMIC_IMPORT = /(?<![\w$.])import\(\s*[`'"]([^`'"\n]+)[`'"]\s*\)/g;

/** The specifiers of a module's `import("x")` calls with a literal specifier. */
function dynamicImports(code: string): string[] {
  return [...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1] ?? '').filter((s) => /^(\.{1,2}\/|\/)/.test(s));
}

/** Resolves a specifier against the URL path of the file that holds it; drops query and fragment. */
function resolvePath(spec: string, from: string): string {
  return new URL(spec, `http://site${from}`).pathname;
}

/** Every JS file reachable from `entries` through static imports, each once, plus any that could not be read. */
export function jsClosure(
  entries: readonly string[],
  read: AssetReader['text'],
): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const queue = [...entries];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path);
    if (code === undefined) {
      missing.push(path);
      continue;
    }
    files.push(path);
    for (const spec of staticImports(code)) queue.push(resolvePath(spec, path));
  }
  return { files, missing };
}

/** Measures one page (`page` is its URL path) from its HTML and the files it references. */
export function measurePage(page: string, html: string, read: AssetReader): PageSize {
  const a = pageAssets(html);
  const inlineImports = staticImports(a.inlineJs).map((s) => resolvePath(s, page));
  const js = jsClosure([...a.scripts.map((s) => resolvePath(s, page)), ...inlineImports], read.text);
  // What dynamic imports can still bring in, following them (and their static imports) to the end.
  const laterFiles: string[] = [];
  const seen = new Set(js.files);
  const queue = [...js.files];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const spec of dynamicImports(read.text(path) ?? '')) {
      for (const file of jsClosure([resolvePath(spec, path)], read.text).files) {
        if (seen.has(file)) continue;
        seen.add(file);
        laterFiles.push(file);
        queue.push(file);
      }
    }
  }
  const css = a.stylesheets.map((s) => resolvePath(s, page));
  const missing = [...js.missing, ...css.filter((p) => read.gzip(p) === undefined)];
  const sum = (paths: string[]): number => paths.reduce((n, p) => n + (read.gzip(p) ?? 0), 0);
  const htmlBytes = gzipBytes(html);
  const linkedCss = sum(css);
  const linkedJs = sum(js.files);
  return {
    page,
    html: htmlBytes,
    css: linkedCss + gzipBytes(a.inlineCss),
    js: linkedJs + gzipBytes(a.inlineJs),
    later: sum(laterFiles),
    laterFiles,
    total: htmlBytes + linkedCss + linkedJs,
    islands: a.islands,
    jsFiles: js.files,
    cssFiles: css,
    missing,
  };
}
