/** The computed claims of a salary data set, worked out once per build with the rates in force and the EOR fee default. */
import { computeClaims, eorPoints, type ClaimInputs } from '../lib/claims.ts';
import { ratesInForce } from '../lib/cost/index.ts';
import { ageInMonths, isStale, rateLimitMonths } from '../lib/freshness.ts';
import { todayIso } from '../schemas/common.ts';
import { DEFAULT_RATE_STALE_MONTHS } from '../schemas/exchange-rates.ts';
import { getDataset, loadContent } from './content.ts';

async function inputsFor(datasetId: string): Promise<ClaimInputs> {
  const c = await loadContent();
  const { dataset, rate } = await getDataset(datasetId);
  const feeId = c.hiringModels.find((m) => m.id === 'eor')?.data.costFact;
  const fee = feeId === undefined ? undefined : c.facts.get(feeId)?.data;
  const eorFeeUsd = fee?.value ?? fee?.min;
  if (eorFeeUsd === undefined)
    throw new Error(
      'content/data/hiring-models.yaml: the "eor" model needs a costFact naming the EOR fee in facts.yaml.',
    );
  const rates = ratesInForce(
    c.employerCosts.map((e) => e.data),
    todayIso(),
  );
  return { dataset, inrPerUsd: rate.rate, rates, eorFeeUsd };
}

const cache = new Map<string, ReturnType<typeof build>>();

async function build(datasetId: string) {
  const inputs = await inputsFor(datasetId);
  return { inputs, claims: computeClaims(inputs), eor: eorPoints(inputs) };
}

/** The claims, the EOR points and what they were computed from, for data set `datasetId`. */
export function getClaims(datasetId: string): ReturnType<typeof build> {
  let hit = cache.get(datasetId);
  if (!hit) cache.set(datasetId, (hit = build(datasetId)));
  return hit;
}

/** The data set's exchange rate, its freshness limit and whether it is past it. */
export async function rateFreshness(datasetId: string) {
  const { rate } = await getDataset(datasetId);
  const months = rateLimitMonths(rate, DEFAULT_RATE_STALE_MONTHS);
  const today = todayIso();
  return { rate, months, age: ageInMonths(rate.asOf, today), stale: isStale(rate.asOf, today, months) };
}
