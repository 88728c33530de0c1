/**
 * The calculator's take-home panel: what the engineer takes home a month and a year at the salary entered, the salary
 * structure inside the CTC (its lines add up to the CTC exactly) and the deductions from gross pay. Rendered at build
 * time for the defaults and, once the calculator is used, live with the result panel.
 */
import { fill } from '../lib/cost/explain.ts';
import { formatInr } from '../lib/format.ts';
import type { PayLine, TakeHomeResult } from '../lib/pay/take-home.ts';
import { taxYearOf } from '../lib/pay/rule-text.ts';
import type { PayWords } from '../lib/pay/words.ts';
import { TableHead } from './TableHead.tsx';

interface Props {
  idPrefix: string;
  /** The take-home at the salary entered; none for a contractor, and none when no income-tax rules are in force. */
  result: TakeHomeResult | 'contractor' | 'not-on-file';
  words: PayWords;
  /** The first day of the tax year the rules cover (YYYY-MM-DD). */
  taxFrom: string | undefined;
  heading: 'h2' | 'h3';
}

/** One table of pay lines a year, with its total row. */
function Lines(p: { id: string; caption: string; lines: PayLine[]; total: [string, number]; w: PayWords }) {
  return (
    // A region a keyboard can scroll, named by its caption, where the table is wider than a phone.
    <section class="table-scroll" aria-labelledby={`${p.id}-caption`} tabindex={0}>
      <table class="data-table pay-lines" id={p.id}>
        <caption id={`${p.id}-caption`}>{p.caption}</caption>
        <TableHead columns={p.w.ui.columns} />
        <tbody>
          {p.lines.map((l) => (
            <tr key={l.id} data-pay-line={l.id} data-annual-inr={l.annualInr} class={l.applies ? '' : 'not-applied'}>
              <th scope="row">{l.label}</th>
              <td>{l.applies ? formatInr(l.annualInr) : '—'}</td>
              <td>{l.rule}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-pay-line="total" data-annual-inr={p.total[1]}>
            <th scope="row">{p.total[0]}</th>
            <td>{formatInr(p.total[1])}</td>
            <td class="empty" />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/** The panel; every figure comes from the take-home calculation. */
export function TakeHomePanel(p: Props) {
  const H = p.heading;
  const id = `${p.idPrefix}-pay`;
  const w = p.words.ui;
  const r = p.result;
  let body;
  if (typeof r === 'string') body = <p class="hint">{w[r === 'contractor' ? 'contractor' : 'notOnFile']}</p>;
  else if (!r.ok) body = <p class="hint">{r.message}</p>;
  else {
    const other = r.otherMonths[0];
    body = (
      <>
        <p class="calc-summary" data-testid="take-home" data-monthly-inr={r.monthlyInr}>
          <strong>{fill(w.summary, { month: formatInr(r.monthlyInr), year: formatInr(r.takeHomeAnnualInr) })}</strong>
          {other &&
            ` ${fill(other.when === 'february' ? w.february : w.halfYear, { amount: formatInr(other.inr) })}`}{' '}
          {p.taxFrom && fill(w.regime, { year: taxYearOf({ effectiveFrom: p.taxFrom }) })}
        </p>
        <Lines
          id={`${id}-structure`}
          caption={w.structureCaption}
          lines={r.structure}
          total={[w.ctc, r.ctcAnnualInr]}
          w={p.words}
        />
        <Lines
          id={`${id}-deductions`}
          caption={w.deductionsCaption}
          lines={r.deductions}
          total={[w.takeHome, r.takeHomeAnnualInr]}
          w={p.words}
        />
      </>
    );
  }
  return (
    <section class="calc-pay" aria-labelledby={id}>
      <H id={id} class="calc-heading">
        {w.heading}
      </H>
      {body}
    </section>
  );
}
