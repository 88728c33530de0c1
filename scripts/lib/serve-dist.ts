/** Serves a built dist/ on a free loopback port with `astro preview`, for the measuring scripts and the browser tests. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The built site is not there: its message says what to run. */
class MissingDistError extends Error {}

/** Prints a {@link MissingDistError}'s message and exits 1; rethrows anything else. */
function exitWhenMissing(error: unknown): never {
  if (!(error instanceof MissingDistError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** Serves `root`/dist, or uses `url` when given; throws {@link MissingDistError} with `missing` when `required` (a file in dist/) is absent. */
export async function serveDist(options: {
  root: string;
  url?: string | undefined;
  required: string;
  missing: string;
}): Promise<{ base: string; stop: () => Promise<void> }> {
  if (options.url) return { base: options.url.replace(/\/$/, ''), stop: async () => {} };
  if (!existsSync(join(options.root, 'dist', options.required))) throw new MissingDistError(options.missing);
  const port = await freePort();
  const server = await preview({ root: options.root, server: { port, host: '127.0.0.1' }, logLevel: 'warn' });
  return { base: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/** A measuring script's count option (`--runs`, `--rounds`): a whole number from 1, or the usage line and exit 2. */
export function countOption(value: string | undefined, usage: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1) return n;
  console.error(usage);
  process.exit(2);
}

/**
 * For a measuring script's `--root DIR | --url URL`: serves that project's dist/ (this project's by default), or uses
 * the URL; when dist/`required` is missing, prints `missing` (given the dist folder) and exits 1.
 */
export function serveForScript(
  args: { root?: string | undefined; url?: string | undefined },
  required: string,
  missing: (dist: string) => string,
): Promise<{ base: string; stop: () => Promise<void> }> {
  const root = args.root ?? fileURLToPath(new URL('../..', import.meta.url));
  return serveDist({ root, url: args.url, required, missing: missing(join(root, 'dist')) }).catch(exitWhenMissing);
}
