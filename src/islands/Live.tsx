/**
 * The calculator's engine, result panel, model comparison and reverse-mode answer, loaded on demand, with the link
 * writer: the page shows result and comparison rendered at build time for the defaults, and the island loads this once
 * the reader starts using it (or a shared link sets it), before which there is nothing to write into the URL.
 */
export { Breakdown } from './Breakdown.tsx';
export { ModelCompare } from './ModelCompare.tsx';
export { Reverse } from './Reverse.tsx';
export { writeLink } from '../lib/cost/url-state.ts';
export { bandsText } from '../lib/cost/bands.ts';
export { costFor } from '../lib/cost/engine.ts';
