/** The four hiring models side by side at one salary: totals, the cost on top of gross pay, what each includes and risks. */
import type { costFor } from '../lib/cost/engine.ts';
import { fill } from '../lib/cost/explain.ts';
import type { CalculatorState } from '../lib/cost/fields.ts';
import type { CalculatorModel } from '../lib/cost/calculator-props.ts';
import type { Rates } from '../lib/cost/types.ts';
import type { Words } from '../lib/cost/words.ts';
import { formatInr, formatPercent, formatUsd } from '../lib/format.ts';
import { TableHead } from './TableHead.tsx';

interface Props {
  idPrefix: string;
  settings: CalculatorState;
  rates: Rates;
  models: CalculatorModel[];
  words: Words;
  heading: 'h2' | 'h3' | 'h4';
  /** The engine's entry point, passed in so that this part, loaded on demand, shares the island's copy. */
  cost: typeof costFor;
}

/** One row per model, per hire and per year (a month is a twelfth), from the same engine as the breakdown. */
export function ModelCompare(p: Props) {
  const w = p.words.ui;
  const H = p.heading;
  const id = `${p.idPrefix}-compare`;
  const label = w.compareColumns;
  return (
    <section class="calc-compare" aria-labelledby={id}>
      <H id={id} class="calc-heading">
        {w.compare}
      </H>
      <div class="table-scroll">
        <table class="data-table compare">
          <caption>
            {fill(w.compareCaption, {
              salary: formatInr(p.settings.salary),
              basis: p.settings.basis === 'ctc' ? w.ctc : w.gross,
            })}
          </caption>
          <TableHead columns={w.compareColumns} />
          <tbody>
            {p.models.map((m) => {
              const b = p.cost({ ...p.settings, model: m.id, headcount: 1, period: 'annual' }, p.rates, p.words.engine);
              const on = b.ok ? b.total.annualInr - b.grossAnnualInr : 0;
              return (
                <tr key={m.id} data-model={m.id} data-annual-inr={b.ok ? b.total.annualInr : undefined}>
                  <th scope="row">{m.name}</th>
                  {/* data-label: the column's heading, which a phone shows before each figure. */}
                  {b.ok ? (
                    <>
                      <td data-label={label[1]}>{formatInr(b.total.annualInr)}</td>
                      <td data-label={label[2]}>{formatInr(b.total.annualInr / 12)}</td>
                      <td data-label={label[3]}>
                        {formatInr(on)} ({formatUsd(on / p.settings.fx)}), {formatPercent(b.totalOverGrossPct / 100, 1)}
                      </td>
                    </>
                  ) : (
                    <td colSpan={3}>{b.message}</td>
                  )}
                  <td data-label={label[4]}>{w.includes[m.id]}</td>
                  <td data-label={label[5]}>{m.note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
