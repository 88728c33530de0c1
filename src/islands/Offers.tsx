/**
 * Compare offers: the table of two to four offers side by side, rendered at build time for the default offers and,
 * once the reader changes an offer (or a link names offers), loaded on demand with the offer reader and link writer.
 */
import { explain, fill } from '../lib/cost/explain.ts';
import type { InputLimits } from '../lib/cost/fields.ts';
import { offerRows, offerTexts, offersQuery, readOffer, type Offer, type OfferResult } from '../lib/cost/offers.ts';
import { MIN_OFFERS, type StateCode } from '../lib/cost/codes.ts';
import type { HiringModelId } from '../lib/cost/types.ts';
import type { Words } from '../lib/cost/words.ts';
import { TableHead } from './TableHead.tsx';

export { compareOffers, offerValuesFromLink } from '../lib/cost/offers.ts';

/** The offers in the form: those to compare with their numbers, why others were left out, and their link parameters. */
export function readOffers(
  values: Readonly<Record<string, string | undefined>>,
  fx: number,
  limits: InputLimits,
  defaults: readonly Offer[],
  w: Words,
): { offers: Offer[]; numbers: number[]; problems: string[]; query: string } {
  const reads = offerTexts(values).map((t) => readOffer(t, fx, limits, defaults[0]!));
  const problems: string[] = [];
  const offers: Offer[] = [];
  const numbers: number[] = [];
  reads.forEach((r, i) => {
    if (r.ok) {
      offers.push(r.offer);
      numbers.push(i + 1);
    } else if (r.problem)
      problems.push(fill(w.offers.badSalary, { n: i + 1, message: explain('salary', r.problem, w, limits) }));
  });
  if (offers.length < MIN_OFFERS) problems.push(w.offers.tooFew);
  return {
    offers,
    numbers,
    problems,
    query: offersQuery(
      reads.map((r) => (r.ok ? r.offer : undefined)),
      defaults,
    ),
  };
}

interface Props {
  idPrefix: string;
  results: OfferResult[];
  /** Each offer's number in the form (an offer left empty has none). */
  numbers: number[];
  names: { model: (id: HiringModelId) => string; state: (code: StateCode) => string };
  /** The calculator's basis, in words (gross or CTC). */
  basis: string;
  /** Why some offers were left out (a salary that could not be read), or that fewer than two remain. */
  problems: string[];
  words: Words;
}

/** Downloads the comparison as CSV (the writer loads only when asked for). */
function download(rows: ReturnType<typeof offerRows>, head: string[], w: Words['offers']): void {
  void import('../lib/cost/csv.ts').then(({ toCsv }) => {
    const a = document.createElement('a');
    const csv = toCsv([[w.corner, ...head], ...rows.map((r) => [r.label, ...r.cells])]);
    a.href = `data:text/csv;charset=utf-8,%EF%BB%BF${encodeURIComponent(csv)}`;
    a.download = w.csvFile;
    a.click();
  });
}

/** The offers side by side: a column per offer, a row per figure. */
export function OfferTable(p: Props) {
  const w = p.words.offers;
  const rows = offerRows(p.results, p.names, w);
  const head = p.numbers.map((n) => fill(w.offer, { n }));
  return (
    <div class="offer-result" data-testid="offers">
      {p.problems.length > 0 && (
        <ul class="field-error" aria-live="polite">
          {p.problems.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <section class="table-scroll" aria-labelledby={`${p.idPrefix}-offers-caption`} tabindex={0}>
        {/* reflow: on a phone each row becomes a block, every figure labelled with its offer (src/styles/reflow.css). */}
        <table class="data-table offer-table reflow">
          <caption id={`${p.idPrefix}-offers-caption`}>{fill(w.caption, { basis: p.basis })}</caption>
          <TableHead columns={[w.corner, ...head]} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-offer-row={r.id}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, i) => (
                  <td key={i} data-label={head[i]}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="calc-actions">
        <button type="button" onClick={() => download(rows, head, w)}>
          {w.csv}
        </button>
      </p>
    </div>
  );
}
