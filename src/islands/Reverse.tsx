/** Reverse mode's answers: the pay a team's cost covers, and the pay that leaves a take-home; each can be carried into the form. */
import { fill } from '../lib/cost/explain.ts';
import type { CalculatorState } from '../lib/cost/fields.ts';
import { payWithinCost } from '../lib/cost/reverse.ts';
import type { Rates } from '../lib/cost/types.ts';
import type { Words } from '../lib/cost/words.ts';
import { formatInr, formatUsd } from '../lib/format.ts';
import { costFor } from '../lib/cost/engine.ts';
import { grossForTakeHome } from '../lib/pay/reverse.ts';
import type { PayRules } from '../lib/pay/take-home.ts';
import type { PayWords } from '../lib/pay/words.ts';

interface Props {
  /** The settings in use, with a budget for the team a year. */
  settings: CalculatorState & { targetCost: number };
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
  const r = payWithinCost(s.targetCost / s.headcount, s, p.rates, p.words.engine);
  const w = p.words.ui;
  return (
    <>
      <p aria-live="polite" class="reverse-result">
        {r.ok
          ? `${fill(w.reverseResult, {
              gross: formatInr(r.grossAnnualInr),
              usd: formatUsd(r.grossAnnualInr / s.fx),
              left: formatInr(r.unusedAnnualInrPerHire),
            })} ${p.bands(r.grossAnnualInr)}`
          : r.message}
      </p>
      {r.ok && (
        <p class="reverse-use">
          <button type="button" onClick={() => p.onUse(r.grossAnnualInr)}>
            {fill(w.use, { gross: formatInr(r.grossAnnualInr) })}
          </button>
        </p>
      )}
    </>
  );
}

interface InHandProps {
  /** The settings in use, with a take-home a month to reach. */
  settings: CalculatorState & { inHand: number };
  rates: Rates;
  pay: PayRules;
  payWords: PayWords;
  words: Words;
  /** The highest salary the calculator takes, rupees a year. */
  maxSalary: number;
  onUse: (gross: number) => void;
}

/** Reverse mode's second answer: the gross pay and CTC that leave a take-home a month, and their cost to the employer. */
export function InHand(p: InHandProps) {
  const { settings: s } = p;
  const r = grossForTakeHome(s.inHand, s, p.maxSalary, p.rates, p.pay, p.payWords, p.words.engine);
  const w = p.payWords.ui;
  const cost = r.ok
    ? costFor(
        { ...s, salary: r.grossAnnualInr, basis: 'gross', headcount: 1, period: 'annual' },
        p.rates,
        p.words.engine,
      )
    : undefined;
  return (
    <>
      <p aria-live="polite" class="reverse-result" data-testid="in-hand">
        {r.ok
          ? fill(w.inHandResult, {
              target: formatInr(r.targetMonthlyInr),
              gross: formatInr(r.grossAnnualInr),
              ctc: formatInr(r.ctcAnnualInr),
              month: formatInr(r.monthlyInr),
            })
          : r.message}
        {cost?.ok && ` ${fill(w.cost, { total: formatInr(cost.total.annualInr) })}`}
      </p>
      {r.ok && (
        <p class="reverse-use">
          <button type="button" onClick={() => p.onUse(r.grossAnnualInr)}>
            {fill(p.words.ui.use, { gross: formatInr(r.grossAnnualInr) })}
          </button>
        </p>
      )}
    </>
  );
}
