/**
 * The build's check of quoted figures against the site's own: for each guide, the claims its data set computes
 * (src/lib/claims.ts) and every paragraph that quotes a fact they contradict. Also keeps a guide's "reviewed"
 * date from claiming a check its figures do not record.
 */
import { checkClaims, computeClaims, type ComputedClaim } from '../claims.ts';
import { ratesInForce } from '../cost/index.ts';
import { todayIso } from '../../schemas/common.ts';
import type { ClaimId } from '../../schemas/facts.ts';
import type { GuideFile } from './guides.ts';
import type { ContentProblem } from './problems.ts';
import type { Collections } from './registry.ts';

/** The computed claims of data set `datasetId`, at its rate, the rates in force today and the EOR fee fact's value. */
export function claimsFor(c: Collections, datasetId: string, onDate = todayIso()): Partial<Record<ClaimId, ComputedClaim>> {
  const dataset = c.salaries.find((d) => d.id === datasetId)?.data;
  const rate = dataset && c.exchangeRates.find((r) => r.id === dataset.exchangeRate)?.data;
  const feeId = c.hiringModels.find((m) => m.id === 'eor')?.data.costFact;
  const fee = c.facts.find((f) => f.id === feeId)?.data;
  const eorFeeUsd = fee?.value ?? fee?.min;
  if (!dataset || !rate || eorFeeUsd === undefined) return {};
  const rates = ratesInForce(
    c.employerCosts.map((e) => e.data),
    onDate,
  );
  return computeClaims({ dataset, inrPerUsd: rate.rate, rates, eorFeeUsd });
}

/** Every quoted fact a guide shows alone although the site computes a different figure, and every untrue review date. */
export function checkGuideClaims(c: Collections, guides: readonly GuideFile[], onDate = todayIso()): ContentProblem[] {
  const facts = c.facts.map((f) => f.data);
  return guides.flatMap((g) => {
    const problems = checkClaims(g, facts, claimsFor(c, g.data.salaryData, onDate));
    const asOf = c.salaries.find((d) => d.id === g.data.salaryData)?.data.asOf;
    if (asOf !== undefined && g.data.reviewed > asOf)
      problems.push({
        file: g.file,
        entry: g.slug,
        field: 'reviewed',
        message: `reviewed (${g.data.reviewed}) is later than the date the salary figures were last checked (asOf ${asOf} in content/data/salaries/${g.data.salaryData}.yaml). After checking every figure against its source, update asOf too; otherwise set reviewed to the last real check.`,
      });
    return problems;
  });
}
