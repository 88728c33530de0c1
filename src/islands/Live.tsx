/**
 * The calculator's engine, result panel, take-home panel, model comparison and reverse-mode answers, loaded on demand,
 * with the link writer: the page shows result, take-home and comparison rendered at build time for the defaults, and
 * the island loads this once the reader starts using it (or a shared link sets it), before which there is nothing to
 * write into the URL.
 */
export { Breakdown } from './Breakdown.tsx';
export { ModelCompare } from './ModelCompare.tsx';
export { TakeHomePanel } from './TakeHomePanel.tsx';
export { InHand, Reverse } from './Reverse.tsx';
export { writeLink } from '../lib/cost/url-state.ts';
export { bandsText } from '../lib/cost/bands.ts';
export { costFor } from '../lib/cost/engine.ts';
export { quoteFacts } from '../lib/cost/quote.ts';
export { takeHomeFor } from '../lib/pay/take-home.ts';
