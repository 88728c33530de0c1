/** The calculator's result: a spoken summary, a stacked bar, the breakdown table, notes and exports. */
import { usPayMultiple } from '../lib/cost/compare.ts';
import { fill } from '../lib/cost/explain.ts';
import type { CostBreakdown, CostLine, Figure } from '../lib/cost/types.ts';
import type { Words } from '../lib/cost/words.ts';
import { formatInr, formatPercent, formatTimes, formatUsd } from '../lib/format.ts';
import { formatDate } from '../lib/dates.ts';
import type { ComparisonLevel } from '../lib/cost/calculator-props.ts';
import type { CsvPay } from '../lib/cost/csv.ts';
import { employs as employed, listedLines } from '../lib/cost/quote.ts';
import { TableHead } from './TableHead.tsx';

interface BreakdownProps {
  idPrefix: string;
  breakdown: CostBreakdown;
  /** The seniority whose US pay the cost is compared with. */
  level: ComparisonLevel | undefined;
  /** What the chosen hiring model leaves out or risks (from content/data/hiring-models.yaml). */
  modelNote: string | undefined;
  sources: Record<string, string>;
  /** The PF wage ceiling in use. */
  ceiling: Figure;
  words: Words;
  heading: 'h2' | 'h3';
  onCopy: () => void;
  copied: string;
  /** An input is being corrected: these figures are for the last valid settings, and the headline says so. */
  stale: boolean;
  /** The assumptions, label and value, that a printed quote and the CSV start with. */
  facts: [string, string][];
  /** The take-home at this salary, for the CSV (none for a contractor or without tax rules). */
  pay?: CsvPay | undefined;
}

/** Downloads the breakdown as CSV; the CSV writer loads only when asked for. */
function download(b: CostBreakdown, w: Words, facts: [string, string][], pay: CsvPay | undefined): void {
  void import('../lib/cost/csv.ts').then(({ breakdownToCsv }) => {
    const a = document.createElement('a');
    // A byte-order mark first, so that spreadsheets read the ₹ sign as UTF-8.
    a.href = `data:text/csv;charset=utf-8,%EF%BB%BF${encodeURIComponent(breakdownToCsv(b, w.csv, facts, pay))}`;
    a.download = w.ui.csvFile;
    a.click();
  });
}

/** A date in words within `template`, or nothing where the sources give no date. */
const dated = (template: string, date: string | undefined): string =>
  date === undefined ? '' : fill(template, { date: formatDate(date) });

/** Result panel; every figure comes from the engine's breakdown. */
export function Breakdown(props: BreakdownProps) {
  const { breakdown: b, idPrefix: p, heading: H, level } = props;
  const w = props.words.ui;
  const times = level && `${formatTimes(usPayMultiple(b.input, level.usMid))}×`;
  const { input, total } = b;
  const employs = employed(input.model);
  const change = b.ceilingChange;
  const ceiling = (value: number) => formatInr(value);
  const scope = `${input.period === 'monthly' ? w.perMonth : w.perYear} ${input.headcount === 1 ? w.perHire : fill(w.forHires, { n: input.headcount })}`;
  // Each line keeps its colour (part-0 … part-9, by position) in the bar and in the swatch of its table row.
  const shown = (line: CostLine): boolean => line.applies && line.annualInr > 0;
  // Costs that are due but have no figure on file: left out of the total, which says so beside it.
  const missing = b.lines.filter((l) => l.notOnFile).map((l) => l.label);
  const listed = new Set(listedLines(b));
  let x = 0;
  const root = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <section class={props.stale ? 'calc-result stale' : 'calc-result'} aria-labelledby={`${p}-result`}>
      <H id={`${p}-result`} class="calc-heading">
        {w.result}
      </H>
      {/* The quote's assumptions: printed above the figures (on screen the form shows them). */}
      <dl class="quote-facts">
        {props.facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {/* While a field is refused, no total stands in the headline: it says the figures are out of date, and why. */}
      {props.stale ? (
        <p class="calc-summary stale-note" aria-live="polite" data-testid="summary">
          <strong>{w.stale}</strong> {fill(w.staleWhy, { salary: formatInr(input.salary) })}
        </p>
      ) : (
        <p class="calc-summary" aria-live="polite" data-testid="summary">
          <strong>
            {formatInr(total.inr)} {scope}
          </strong>{' '}
          ({formatUsd(total.usd)}), {fill(w.overGross, { pct: formatPercent(b.totalOverGrossPct / 100, 1) })}
          {times && fill(w.comparison, { level: level.label.toLowerCase(), usd: formatUsd(level.usMid), times })}
        </p>
      )}
      {missing.length > 0 && (
        <p class="hint not-on-file" data-testid="not-on-file">
          {fill(w.notOnFile, { items: missing.join(', ') })}
        </p>
      )}
      {/* A contractor or a vendor's engineer: one statement of what the client does not pay, and what that risks. */}
      {!employs && props.modelNote && <p class="model-statement">{props.modelNote}</p>}
      <svg class="stack" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {b.lines.map((line, i) => {
          const width = (line.annualInr / total.annualInr) * 100;
          x += width;
          return shown(line) && <rect key={line.id} class={`part-${i}`} x={x - width} y="0" width={width} height="6" />;
        })}
      </svg>
      <section class="table-scroll" aria-labelledby={`${p}-table-caption`} tabindex={0}>
        <table class="data-table breakdown">
          <caption id={`${p}-table-caption`}>{fill(w.caption, { scope })}</caption>
          <TableHead columns={w.columns} />
          <tbody>
            {/* Under an entity or an EOR every statutory line is listed; otherwise, and for fee and markup, only those that apply. */}
            {b.lines.map(
              (line, i) =>
                listed.has(line) && (
                  <tr
                    key={line.id}
                    data-line={line.id}
                    data-annual-inr={String(line.annualInr)}
                    class={line.applies ? '' : 'not-applied'}
                  >
                    <th scope="row">
                      {shown(line) && <span class={`swatch part-${i}`} aria-hidden="true" />}
                      {line.label}
                    </th>
                    <td>{line.rate === undefined ? '' : formatPercent(line.rate)}</td>
                    <td>{line.applies ? line.base?.description : line.reason}</td>
                    <td>{line.applies ? formatInr(line.inr) : '—'}</td>
                    <td>{line.applies ? formatUsd(line.usd) : '—'}</td>
                    <td>
                      {line.sourceIds.map((id, i) => [
                        i > 0 && ', ',
                        <a key={id} href={`${root}/sources/#source-${id}`}>
                          {props.sources[id] ?? id}
                        </a>,
                      ])}
                      {line.asOf && <span class="as-of">{dated(w.inForceFrom, line.asOf)}</span>}
                      {line.unverified && <strong class="unverified">{w.unverified}</strong>}
                    </td>
                  </tr>
                ),
            )}
          </tbody>
          <tfoot>
            <tr data-line="total" data-annual-inr={String(total.annualInr)}>
              <th scope="row">{total.label}</th>
              <td class="empty" />
              <td class="empty" />
              <td>{formatInr(total.inr)}</td>
              <td>{formatUsd(total.usd)}</td>
              <td class="empty" />
            </tr>
          </tfoot>
        </table>
      </section>
      {input.basis === 'ctc' && employs && (
        <p class="hint" data-testid="ctc">
          {fill(w.ctcParts, {
            ctc: formatInr(b.ctcAnnualInr),
            parts: b.lines
              .filter((l) => l.applies && l.id !== 'gross' && l.id !== 'fee' && l.id !== 'markup')
              .map((l) => `${l.label} ${formatInr(l.annualInr)}`)
              .join(', '),
            statutory: formatInr(b.ctcAnnualInr - b.grossAnnualInr),
            gross: formatInr(b.grossAnnualInr),
          })}
        </p>
      )}
      {b.professionalTax.applies && (
        <p class="hint">{fill(w.professionalTax, { amount: formatInr(b.professionalTax.annualInr) })}</p>
      )}
      <ul class="calc-notes">
        {employs && (
          <li data-testid="ceiling">
            {fill(w.ceilingUsed, { ceiling: ceiling(props.ceiling.value), since: dated(w.since, props.ceiling.from) })}
            {change &&
              ' ' +
                fill(change.epf + change.edli + change.admin ? w.ceilingReported : w.ceilingSame, {
                  reported: ceiling(change.ceiling.value),
                  from: dated(w.from, change.ceiling.from),
                  epf: formatInr(change.epf),
                  edli: formatInr(change.edli),
                  admin: formatInr(change.admin),
                  total: formatInr(change.epf + change.edli + change.admin),
                }) +
                (change.pfRequired ? w.ceilingPf : '')}
          </li>
        )}
        {[employs && props.modelNote, ...b.notes].map((n) => n && <li key={n}>{n}</li>)}
      </ul>
      <p class="calc-actions">
        <button type="button" onClick={props.onCopy}>
          {w.copy}
        </button>
        <button type="button" onClick={() => download(b, props.words, props.facts, props.pay)}>
          {w.csv}
        </button>
        <span role="status">{props.copied}</span>
      </p>
    </section>
  );
}
