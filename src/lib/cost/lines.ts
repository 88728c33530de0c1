/** The per-hire, per-year cost lines at a given gross pay, each with the figures behind it. */
import { formatInr, formatNumber, formatPercent } from '../format.ts';
import { fill } from './explain.ts';
import type { CostInput, Figure, LineId, Rates } from './types.ts';
import type { EngineWords } from './words.ts';

/** A line before it is scaled to the chosen period, headcount and currency. */
export interface RawLine {
  id: LineId;
  annualInr: number;
  applies: boolean;
  reason?: string;
  /** True when the cost is due but the site has no figure for it: left out of the total, and said beside it. */
  notOnFile?: boolean;
  rate?: number;
  base?: { description: string; annualInr: number };
  cap?: { description: string; monthlyInr: number };
  /** The statutory figures behind the line, for sources and as-of dates. */
  figures: Figure[];
}

type Base = NonNullable<RawLine['base']>;

const off = (id: LineId, reason: string, figures: Figure[] = []): RawLine => ({
  id,
  annualInr: 0,
  applies: false,
  reason,
  figures,
});

function rated(id: LineId, rate: number, base: Base, figures: Figure[], cap?: RawLine['cap']): RawLine {
  const line: RawLine = { id, annualInr: rate * base.annualInr, applies: true, rate, base, figures };
  if (cap) line.cap = cap;
  return line;
}

/** The employer's statutory lines: a CTC contains every one of them, besides gross pay. */
export const STATUTORY_LINE_IDS = ['epf', 'edli', 'pf-admin', 'gratuity', 'esi', 'bonus', 'lwf'] as const;

/** Every line (gross, PF, EDLI, PF admin, gratuity, ESI, bonus, LWF, fee, markup) for annual gross pay `gross`. */
export function linesAt(gross: number, input: Required<CostInput>, r: Rates, w: EngineWords): RawLine[] {
  const { wageShare, pf, model, fx } = input;
  const lines: RawLine[] = [{ id: 'gross', annualInr: gross, applies: true, figures: [] }];
  // A contractor or a vendor employs the engineer itself: no statutory lines for the client.
  if (model === 'contractor' || model === 'vendor') for (const id of STATUTORY_LINE_IDS) lines.push(off(id, w[model]));
  else {
    const wages = (wageShare * gross) / 12;
    const c = r.ceiling.value;
    const ceiling = fill(w.ceiling, { amount: formatInr(c) });
    const wagesText = fill(w.wages, { share: formatPercent(wageShare) });
    if (pf === 'none') {
      const why = fill(w.noPf, { ceiling });
      lines.push(off('epf', why), off('edli', why), off('pf-admin', why));
    } else {
      // PF and its admin charge follow the chosen wage base; EDLI is always on wages capped at the ceiling.
      const capped = pf === 'ceiling';
      const pfWages = capped ? Math.min(wages, c) : wages;
      const cap = { description: ceiling, monthlyInr: c };
      const pfCap = capped ? cap : undefined;
      const pfBase = {
        description: fill(capped ? w.pfCapped : w.pfUncapped, { wages: wagesText, ceiling }),
        annualInr: pfWages * 12,
      };
      const edliBase = {
        description: fill(w.edli, { wages: wagesText, ceiling }),
        annualInr: Math.min(pfWages, c) * 12,
      };
      lines.push(
        rated('epf', r.epf.value, pfBase, [r.epf, r.ceiling], pfCap),
        rated('edli', r.edli.value, edliBase, [r.edli, r.ceiling], cap),
        rated('pf-admin', r.admin.value, pfBase, [r.admin, r.ceiling], pfCap),
      );
    }
    lines.push(rated('gratuity', r.gratuity.value, { description: wagesText, annualInr: wages * 12 }, [r.gratuity]));
    const esiLimit = formatInr(r.esiLimit.value);
    const esiFigures = [r.esi, r.esiLimit];
    lines.push(
      gross / 12 <= r.esiLimit.value
        ? rated('esi', r.esi.value, { description: fill(w.esi, { limit: esiLimit }), annualInr: gross }, esiFigures)
        : off(
            'esi',
            fill(w.noEsi, { pay: formatInr(gross), limit: esiLimit, year: formatInr(r.esiLimit.value * 12) }),
            esiFigures,
          ),
    );
    // Bonus is worked out as if wages were no more than the bonus floor (the state minimum wage is not modelled).
    const floor = r.bonusFloor.value;
    const bonusFigures = [r.bonus, r.bonusLimit, r.bonusFloor];
    lines.push(
      wages <= r.bonusLimit.value
        ? rated(
            'bonus',
            r.bonus.value,
            { description: fill(w.bonus, { floor: formatInr(floor) }), annualInr: Math.min(wages, floor) * 12 },
            bonusFigures,
          )
        : off(
            'bonus',
            fill(w.noBonus, {
              wages: formatInr(wages * 12),
              limit: formatInr(r.bonusLimit.value),
              year: formatInr(r.bonusLimit.value * 12),
            }),
            bonusFigures,
          ),
    );
    const lwf = r.states[input.state]?.lwf;
    lines.push(
      lwf
        ? { id: 'lwf', annualInr: lwf.value, applies: true, figures: [lwf] }
        : { ...off('lwf', fill(w.noLwf, { state: r.states[input.state]?.name ?? input.state })), notOnFile: true },
    );
  }
  const fee = input.eorFeeUsdPerMonth * 12 * fx;
  lines.push(
    model === 'eor'
      ? {
          id: 'fee',
          annualInr: fee,
          applies: true,
          base: {
            description: fill(w.fee, { fee: formatNumber(input.eorFeeUsdPerMonth), fx: formatNumber(fx) }),
            annualInr: fee,
          },
          figures: [],
        }
      : off('fee', w.noFee),
    model === 'vendor'
      ? rated('markup', input.vendorMarkup, { description: w.markup, annualInr: gross }, [])
      : off('markup', w.noMarkup),
  );
  return lines;
}

/** Total employer cost per hire per year at annual gross pay `gross`. */
export const annualCostAt = (gross: number, input: Required<CostInput>, r: Rates, w: EngineWords): number =>
  linesAt(gross, input, r, w).reduce((sum, l) => sum + l.annualInr, 0);

/** Gross plus every statutory line (all a CTC contains; not the EOR fee or vendor markup), per hire per year. */
export const ctcAt = (gross: number, input: Required<CostInput>, r: Rates, w: EngineWords): number =>
  linesAt(gross, input, r, w).reduce((sum, l) => (l.id === 'fee' || l.id === 'markup' ? sum : sum + l.annualInr), 0);

/** Annual gross amounts where a line changes slope or switches on or off (PF ceiling, bonus floor, ESI and bonus thresholds). */
export function costBreakpoints(input: Required<CostInput>, r: Rates): number[] {
  const perWage = 12 / input.wageShare;
  return [r.ceiling.value * perWage, r.bonusFloor.value * perWage, r.bonusLimit.value * perWage, r.esiLimit.value * 12];
}
