/** Serves the built site (`dist/`, from `npm run build`) on a free local port for the browser tests. */
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/serve-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { base, stop } = await serveDist({
    root: process.cwd(),
    required: 'index.html',
    missing: 'No built site in dist/. Run `npm run build` first (npm test does).',
  });
  project.provide('baseUrl', base);
  return stop;
}
