/**
 * Figures the site computes from its own data, each with one definition used on every page: the US pay multiple,
 * the top-employer premium and what an EOR hire costs over gross pay. Also the check that a quoted figure with a
 * computed counterpart never stands alone in a guide when the two disagree.
 */
import { computeEmployerCost, DEFAULT_WAGE_SHARE, type CostInput, type Rates } from './cost/index.ts';
import { DEFAULT_STATE } from './cost/codes.ts';
import { formatLakh, formatNumber, formatPercent, formatTimes } from './format.ts';
import { bandMidpoint, findBand, localSegments, toUnits, usMultiple, usSegment } from './salaries.ts';
import type { ContentProblem } from './content/problems.ts';
import type { ComponentUse } from './content/guide-mdx.ts';
import type { ClaimId, Fact } from '../schemas/facts.ts';
import type { SalaryDataset } from '../schemas/salaries.ts';

/** One computed value, for one level (and segment, where the claim has one). */
interface ClaimPoint {
  level: string;
  segment?: string;
  value: number;
}

/** A computed figure: its range over every level (and segment), each point behind it, and its definition. */
export interface ComputedClaim {
  id: ClaimId;
  unit: 'times' | 'percent';
  min: number;
  max: number;
  points: ClaimPoint[];
  /** What is divided by what, in a sentence for readers. */
  definition: string;
}

/** The EOR cost of one hire at one gross salary: the engine's figure, as the calculator shows it. */
export interface EorPoint {
  level: string;
  /** Where in the band: its bottom, middle or top. */
  at: 'min' | 'mid' | 'max';
  grossInr: number;
  /** (total cost − gross pay) ÷ gross pay × 100. */
  overGrossPct: number;
}

/** What the computed claims are worked out from. */
export interface ClaimInputs {
  dataset: SalaryDataset;
  /** Rupees per US dollar: the data set's rate. */
  inrPerUsd: number;
  /** The statutory rates in force (ratesInForce). */
  rates: Rates;
  /** The EOR fee in US dollars a month: the calculator's default. */
  eorFeeUsd: number;
}

/** The reference hire the EOR figures assume, the calculator's defaults: gross pay, PF on the ceiling, Karnataka, one hire. */
export function referenceEorInput(grossInr: number, eorFeeUsd: number, inrPerUsd: number): CostInput {
  return {
    salary: grossInr,
    basis: 'gross',
    wageShare: DEFAULT_WAGE_SHARE,
    pf: 'ceiling',
    state: DEFAULT_STATE,
    model: 'eor',
    eorFeeUsdPerMonth: eorFeeUsd,
    vendorMarkup: 0.6,
    fx: inrPerUsd,
    headcount: 1,
    period: 'annual',
  };
}

/** The engine's cost over gross pay, in percent, for the reference EOR hire at `grossInr`; throws if the engine refuses. */
export function eorOverGross(grossInr: number, eorFeeUsd: number, inrPerUsd: number, rates: Rates): number {
  const result = computeEmployerCost(referenceEorInput(grossInr, eorFeeUsd, inrPerUsd), rates);
  if (!result.ok) throw new Error(`The cost engine cannot price an EOR hire at ₹${grossInr}: ${result.message}`);
  return result.totalOverGrossPct;
}

/** The EOR cost over gross pay at the bottom, middle and top of each level's first local band. */
export function eorPoints(i: ClaimInputs): EorPoint[] {
  const segment = localSegments(i.dataset)[0];
  if (!segment) return [];
  return i.dataset.levels.flatMap((level) => {
    const band = findBand(i.dataset, level.id, segment.id);
    if (!band) return [];
    const at = { min: band.min, mid: bandMidpoint(band), max: band.max } as const;
    return (Object.keys(at) as EorPoint['at'][]).map((where) => {
      const grossInr = toUnits(at[where], band.currency);
      return {
        level: level.id,
        at: where,
        grossInr,
        overGrossPct: eorOverGross(grossInr, i.eorFeeUsd, i.inrPerUsd, i.rates),
      };
    });
  });
}

const range = (id: ClaimId, unit: ComputedClaim['unit'], points: ClaimPoint[], definition: string) => ({
  id,
  unit,
  min: Math.min(...points.map((p) => p.value)),
  max: Math.max(...points.map((p) => p.value)),
  points,
  definition,
});

/** Every computed claim for a data set; a claim without data (no US segment, one local segment) is left out. */
export function computeClaims(i: ClaimInputs): Partial<Record<ClaimId, ComputedClaim>> {
  const d = i.dataset;
  const out: Partial<Record<ClaimId, ComputedClaim>> = {};
  const local = localSegments(d);
  const us = usSegment(d);
  if (us) {
    const points = local.flatMap((s) =>
      d.levels.flatMap((l) => {
        const band = findBand(d, l.id, s.id);
        const usBand = findBand(d, l.id, us.id);
        if (!band || !usBand) return [];
        const localUsd = toUnits(bandMidpoint(band), band.currency) / i.inrPerUsd;
        return [{ level: l.id, segment: s.id, value: usMultiple(localUsd, bandMidpoint(usBand)) }];
      }),
    );
    if (points.length > 0)
      out['us-multiple'] = range(
        'us-multiple',
        'times',
        points,
        `US total compensation at the middle of the US band, divided by Indian pay at the middle of the Indian band, converted at ₹${formatNumber(i.inrPerUsd)} per US dollar`,
      );
  }
  const [broad, top] = local;
  if (broad && top) {
    const points = d.levels.flatMap((l) => {
      const b = findBand(d, l.id, broad.id);
      const t = findBand(d, l.id, top.id);
      return b && t ? [{ level: l.id, value: topEmployerPremium(bandMidpoint(b), bandMidpoint(t)) }] : [];
    });
    if (points.length > 0)
      out['top-employer-premium'] = range(
        'top-employer-premium',
        'percent',
        points,
        `how much more the middle of the ${top.label} band is than the middle of the ${broad.label} band, level by level`,
      );
  }
  const eor = eorPoints(i);
  if (eor.length > 0)
    out['eor-uplift'] = range(
      'eor-uplift',
      'percent',
      eor.map((p) => ({ level: p.level, value: p.overGrossPct })),
      `what an EOR hire costs on top of gross pay (employer PF on the wage ceiling, EDLI, admin charge, gratuity accrual, Labour Welfare Fund and the $${formatNumber(i.eorFeeUsd)} monthly fee at ₹${formatNumber(i.inrPerUsd)} per US dollar), from the top of the senior band to the bottom of the junior band`,
    );
  return out;
}

/** How much more, in percent, top employers pay than the broad market at one level: the two band midpoints compared. */
export function topEmployerPremium(broadMid: number, topMid: number): number {
  return (topMid / broadMid - 1) * 100;
}

/** "5.3–12.5×" or "36–72%": a computed claim as the text shows it. */
export function formatClaim(c: Pick<ComputedClaim, 'unit' | 'min' | 'max'>): string {
  if (c.unit === 'times') {
    const [lo, hi] = [formatTimes(c.min), formatTimes(c.max)];
    return lo === hi ? `${hi}×` : `${lo}–${hi}×`;
  }
  const [lo, hi] = [formatPercent(c.min / 100, 0), formatPercent(c.max / 100, 0)];
  return lo === hi ? hi : `${lo.replace('%', '')}–${hi}`;
}

/** A quoted fact whose computed counterpart it disagrees with, beyond the fact's tolerance. */
interface Disagreement {
  fact: Fact;
  claim: ComputedClaim;
  /** The larger of the two ends' gaps, in the fact's unit. */
  gap: number;
}

/** The fact's computed counterpart and how far apart they are; undefined when it has none, or they agree within tolerance. */
function disagreement(fact: Fact, claims: Partial<Record<ClaimId, ComputedClaim>>): Disagreement | undefined {
  const c = fact.computed && claims[fact.computed.claim];
  if (!fact.computed || !c) return undefined;
  const lo = fact.min ?? fact.value ?? 0;
  const hi = fact.max ?? fact.value ?? 0;
  const gap = Math.max(Math.abs(lo - c.min), Math.abs(hi - c.max));
  return gap > fact.computed.tolerance ? { fact, claim: c, gap } : undefined;
}

/** What a quoted figure reads as, in the message: "15–20%" or "5–6×". */
const quoted = (f: Fact, fmt: (c: Pick<ComputedClaim, 'unit' | 'min' | 'max'>) => string) =>
  fmt({ unit: f.unit === 'times' ? 'times' : 'percent', min: f.min ?? f.value ?? 0, max: f.max ?? f.value ?? 0 });

/**
 * Problems for every paragraph of a guide that quotes a fact (`<Fact id>`) disagreeing with its computed counterpart
 * beyond the fact's tolerance, unless the same paragraph also shows the computed figure (`<Claim id>`).
 */
export function checkClaims(
  guide: { file: string; slug: string; uses: readonly ComponentUse[] },
  facts: readonly Fact[],
  claims: Partial<Record<ClaimId, ComputedClaim>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const fact of facts) {
    const off = disagreement(fact, claims);
    if (!off) continue;
    const named = (name: ComponentUse['name'], id: string) =>
      guide.uses.filter((u) => u.name === name && u.props['id'] === id);
    const withClaim = new Set(named('Claim', off.claim.id).map((u) => u.block));
    const alone = named('Fact', fact.id).find((u) => !withClaim.has(u.block));
    if (alone)
      problems.push({
        file: guide.file,
        entry: guide.slug,
        line: alone.line,
        column: alone.column,
        message:
          `<Fact id="${fact.id}" /> quotes ${quoted(fact, formatClaim)}, but the site computes ${formatClaim(off.claim)} ` +
          `for the same thing ("${off.claim.id}": ${off.claim.definition}). They differ by ${formatNumber(Math.round(off.gap * 10) / 10)}, ` +
          `more than the tolerance of ${formatNumber(fact.computed!.tolerance)} in content/data/facts.yaml. ` +
          `Show both: put <Claim id="${off.claim.id}" /> in the same paragraph as the quote, or correct the fact.`,
      });
  }
  return problems;
}

/** "₹8 lakh": a rupee amount the EOR table names. */
export const lakhOf = (rupees: number): string => formatLakh(rupees / 100_000, 'long');
