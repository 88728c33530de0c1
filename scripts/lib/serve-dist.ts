/** Serves a built dist/ on a free loopback port with `astro preview`, for the measuring scripts and the browser tests. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
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

/** For a script's `serveDist(…).catch(exitWhenMissing)`: prints a {@link MissingDistError}'s message and exits 1. */
export function exitWhenMissing(error: unknown): never {
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
