/** The calculator's result: a spoken summary, a stacked bar, the breakdown table, notes and exports. */
import type { CostBreakdown, CostLine } from '../lib/cost/types.ts';
import { formatInr, formatPercent, formatUsd } from '../lib/format.ts';
import { formatDate } from '../lib/dates.ts';

interface BreakdownProps {
  idPrefix: string;
  breakdown: CostBreakdown;
  comparison: { timesCheaperAtMin: number; timesCheaperAtMax: number } | undefined;
  levelLabel: string;
  sources: Record<string, string>;
  heading: 'h2' | 'h3';
  onCopy: () => void;
  copied: string;
}

/** A share of the total, with tiny shares said as such rather than rounded to 0%. */
const share = (s: number): string => (s < 0.001 ? 'under 0.1%' : formatPercent(s, 1));

const times = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 });

/** Lines a reader should see: every statutory line, and the fee or markup only under its model. */
const visible = (line: CostLine): boolean => line.applies || (line.id !== 'fee' && line.id !== 'markup');

/** Saves the breakdown as a CSV file; the CSV code loads only when a reader asks for it. */
async function downloadCsv(b: CostBreakdown): Promise<void> {
  const { breakdownToCsv } = await import('../lib/cost/csv.ts');
  const url = URL.createObjectURL(new Blob([breakdownToCsv(b)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'employer-cost-breakdown.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Result panel; every figure comes from the engine's breakdown. */
export function Breakdown(props: BreakdownProps) {
  const { breakdown: b, idPrefix: p, heading: H } = props;
  const { input, total } = b;
  const period = input.period === 'monthly' ? 'a month' : 'a year';
  const who = input.headcount === 1 ? 'per hire' : `for ${input.headcount} hires`;
  const parts = b.lines.filter((l) => l.applies && l.annualInr > 0);
  let x = 0;
  return (
    <section class="calc-result" aria-labelledby={`${p}-result`}>
      <H id={`${p}-result`} class="calc-heading">
        What it costs
      </H>
      <p class="calc-summary" aria-live="polite" data-testid="summary">
        <strong>
          {formatInr(total.inr)} {period} {who}
        </strong>{' '}
        ({formatUsd(total.usd)}), {formatPercent(b.totalOverGrossPct / 100, 1)} on top of gross pay.
        {props.comparison &&
          ` A ${props.levelLabel.toLowerCase()} US engineer costs ${times.format(props.comparison.timesCheaperAtMin)}–${times.format(props.comparison.timesCheaperAtMax)} times as much in total compensation.`}
      </p>
      <svg class="stack" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {parts.map((line, i) => {
          const w = (line.annualInr / total.annualInr) * 100;
          const rect = <rect key={line.id} class={`part part-${i}`} x={x} y="0" width={w} height="6" />;
          x += w;
          return rect;
        })}
      </svg>
      <ul class="stack-legend">
        {parts.map((line, i) => (
          <li key={line.id}>
            <span class={`swatch part-${i}`} aria-hidden="true" />
            {line.label}: {share(line.annualInr / total.annualInr)}
          </li>
        ))}
      </ul>
      <section class="table-scroll" aria-labelledby={`${p}-table-caption`} tabindex={0}>
        <table class="data-table breakdown">
          <caption id={`${p}-table-caption`}>
            Cost breakdown, {period} {who}. Rates as in force on the dates shown.
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Rate</th>
              <th scope="col">Applied to</th>
              <th scope="col">₹</th>
              <th scope="col">US$</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {b.lines.filter(visible).map((line) => (
              <tr
                key={line.id}
                data-line={line.id}
                data-annual-inr={String(line.annualInr)}
                class={line.applies ? '' : 'not-applied'}
              >
                <th scope="row">{line.label}</th>
                <td>{line.rate === undefined ? '' : formatPercent(line.rate, 2)}</td>
                <td>{line.applies ? line.base?.description : line.reason}</td>
                <td>{line.applies ? formatInr(line.inr) : '—'}</td>
                <td>{line.applies ? formatUsd(line.usd) : '—'}</td>
                <td>
                  {line.sourceIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a href={`${import.meta.env.BASE_URL.replace(/\/$/, '')}/sources/#source-${id}`}>
                        {props.sources[id] ?? id}
                      </a>
                    </span>
                  ))}
                  {line.asOf && <span class="as-of"> in force from {formatDate(line.asOf)}</span>}
                  {line.unverified && <strong class="unverified"> awaiting verification</strong>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-line="total" data-annual-inr={String(total.annualInr)}>
              <th scope="row">{total.label}</th>
              <td />
              <td />
              <td>{formatInr(total.inr)}</td>
              <td>{formatUsd(total.usd)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
      {b.professionalTax.applies && (
        <p class="hint">
          Professional tax of {formatInr(b.professionalTax.annualInr)} a year is deducted from the employee's pay and
          paid over by the employer; it is not an employer cost and is not in the total.
        </p>
      )}
      {b.notes.length > 0 && (
        <ul class="calc-notes">
          {b.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p class="calc-actions">
        <button type="button" onClick={props.onCopy}>
          Copy link to these figures
        </button>
        <button type="button" onClick={() => void downloadCsv(b)}>
          Download the breakdown (CSV)
        </button>
        <span role="status" class="copied">
          {props.copied}
        </span>
      </p>
    </section>
  );
}
