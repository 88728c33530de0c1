/** Reverse mode's answer: the pay a budget covers, what is left, its band, and a button that carries it into the form. */
import { fill } from '../lib/cost/explain.ts';
import type { CalculatorState } from '../lib/cost/fields.ts';
import { coverBudget } from '../lib/cost/reverse.ts';
import type { Rates } from '../lib/cost/types.ts';
import type { Words } from '../lib/cost/words.ts';
import { formatInr, formatUsd } from '../lib/format.ts';

interface Props {
  /** The settings in use, with a budget for the team a year. */
  settings: CalculatorState & { budget: number };
  rates: Rates;
  /** The bands the pay falls in, in words. */
  bands: (gross: number) => string;
  words: Words;
  /** Puts the pay found into the calculator's salary, as gross pay. */
  onUse: (gross: number) => void;
}

/** Loaded on demand with the result panel, with the search for the pay (the engine itself stays in the island). */
export function Reverse(p: Props) {
  const { settings: s } = p;
  const r = coverBudget(s.budget / s.headcount, s, p.rates, p.words.engine);
  const w = p.words.ui;
  return (
    <>
      <p aria-live="polite" class="reverse-result">
        {r.ok
          ? `${fill(w.budgetResult, {
              gross: formatInr(r.grossAnnualInr),
              usd: formatUsd(r.grossAnnualInr / s.fx),
              left: formatInr(r.unusedAnnualInrPerHire),
            })} ${p.bands(r.grossAnnualInr)}`
          : r.message}
      </p>
      {r.ok && (
        <p>
          <button type="button" onClick={() => p.onUse(r.grossAnnualInr)}>
            {fill(w.use, { gross: formatInr(r.grossAnnualInr) })}
          </button>
        </p>
      )}
    </>
  );
}
