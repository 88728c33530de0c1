/** Serves the built site (`dist/`, from `npm run build`) on a free local port for the browser tests. */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('No built site in dist/. Run `npm run build` first (npm test does).');
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({ root: process.cwd(), server: { port, host: '127.0.0.1' }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => server.stop();
}
