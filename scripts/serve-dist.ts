/** Serves a built dist/ on a free loopback port with `astro preview`, for the measuring scripts. */
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

/** Serves `root`/dist, or uses `url` when given; exits with `missing` when `required` (a file in dist/) is absent. */
export async function serveDist(options: {
  root: string;
  url?: string | undefined;
  required: string;
  missing: string;
}): Promise<{ base: string; stop: () => Promise<void> }> {
  if (options.url) return { base: options.url.replace(/\/$/, ''), stop: async () => {} };
  if (!existsSync(join(options.root, 'dist', options.required))) {
    console.error(options.missing);
    process.exit(1);
  }
  const port = await freePort();
  const server = await preview({ root: options.root, server: { port, host: '127.0.0.1' }, logLevel: 'warn' });
  return { base: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
