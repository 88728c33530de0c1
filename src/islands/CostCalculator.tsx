/**
 * Employer cost calculator island. Its inputs are static HTML passed in as slots (src/components/CalculatorForm.tsx)
 * and its wording arrives as a prop (src/lib/cost/words.ts); the island reads the controls by name, works out the
 * breakdown, shows each field's message and keeps the URL in step. The arithmetic lives in src/lib/cost.
 */
import { Component, type ComponentChildren } from 'preact';
// Modules are imported one by one, not through index.ts, so that the server-only rate picking stays out of the bundle.
// The engine itself arrives with the live result (Live.tsx): until then the page shows the result built for the defaults.
import { explain, fill } from '../lib/cost/explain.ts';
import {
  amountFields,
  fieldText,
  formValues,
  numberFields,
  readSettings,
  type CalculatorState,
  type TextKey,
} from '../lib/cost/fields.ts';
import type { CostBreakdown } from '../lib/cost/types.ts';
import { formatInr } from '../lib/format.ts';
import type { CalculatorProps } from '../lib/cost/calculator-props.ts';
import type { StateCode } from '../lib/cost/codes.ts';

/** The page's props, and the parts rendered at build time. */
interface Props extends CalculatorProps {
  /** The inputs form and reverse mode's form, as static HTML. */
  form?: ComponentChildren;
  reverse?: ComponentChildren;
  /** The result, the take-home and the four models side by side at the defaults, as static HTML until the live ones have loaded. */
  result?: ComponentChildren;
  pay?: ComponentChildren;
  compare?: ComponentChildren;
  /** Compare offers: its form, and its table for the default offers. */
  offerForm?: ComponentChildren;
  offerResult?: ComponentChildren;
}

interface State {
  /** Every control's value by name, as typed or chosen. */
  values: Record<string, string>;
  notices: string[];
  copied: string;
  /** The live result panel and model comparison, loaded on demand (once the reader uses the calculator, or a link sets it). */
  Live?: typeof import('./Live.tsx');
  /** Compare offers' reader, table and link writer, loaded when an offer is changed or a link names offers. */
  Offers?: typeof import('./Offers.tsx');
}

/** The fields that can show a message: the typed ones, and the PF choice (not allowed below the ceiling). */
const withMessages = [...Object.keys(numberFields), ...Object.keys(amountFields), 'pf'] as (TextKey | 'pf')[];

/** Whether the settings and the US comparison level are the defaults, for which the static result was rendered. */
const sameSettings = (s: CalculatorState, d: CalculatorState, level: string, defaultLevel: string): boolean =>
  level === defaultLevel &&
  (Object.keys(s) as (keyof CalculatorState)[]).every((k) => s[k] === d[k]) &&
  Object.keys(s).length === Object.keys(d).length;

/** The calculator. Server-rendered with the defaults; reads the URL once hydrated. */
export default class CostCalculator extends Component<Props, State> {
  // `render` works these out from the controls; `componentDidUpdate` shows them outside the island's own markup.
  /** The settings in use: each typed field's last good reading. */
  good: CalculatorState;
  /** The last breakdown worked out, kept on screen while an input is being corrected. */
  last: CostBreakdown | undefined;
  messages: Partial<Record<TextKey | 'pf', string>> = {};
  /** What the salary was read as (and the bands it falls in), and a one-click fix for a bare number. */
  readAs = '';
  fix: number | undefined;
  query = '';
  /** A shared link is still being read. */
  pending = false;
  /** The live result has been asked for (until it arrives, the result and the comparison are the static ones). */
  loading = false;
  offers: Promise<typeof import('./Offers.tsx')> | undefined;

  /** Loads compare offers' code, once. */
  loadOffers = () =>
    (this.offers ??= import('./Offers.tsx').then((Offers) => {
      this.setState({ Offers });
      return Offers;
    }));

  constructor(props: Props) {
    super(props);
    this.good = props.defaults;
    this.state = { values: { ...formValues(props.defaults), level: props.defaultLevel }, notices: [], copied: '' };
  }

  /** The named controls inside the island. */
  controls(): (HTMLInputElement | HTMLSelectElement)[] {
    return [...(this.base as Element).querySelectorAll<HTMLInputElement>('input[name],select[name]')];
  }

  /** Sets controls by name (a radio group by its value), then reads them all. */
  set = (values: Record<string, string>): void => {
    for (const c of this.controls())
      if (c.name in values)
        if (c instanceof HTMLInputElement && c.type === 'radio') c.checked = c.value === values[c.name];
        else c.value = values[c.name]!;
    this.read();
  };

  /** Reads every control: text as typed, the checked radio of each group, each drop-down's choice. */
  read = (): void => {
    const values: Record<string, string> = {};
    for (const c of this.controls())
      if (!(c instanceof HTMLInputElement && c.type === 'radio' && !c.checked)) values[c.name] = c.value;
    this.setState({ values });
  };

  override componentDidMount(): void {
    const { defaults, levels, defaultLevel, words: w } = this.props;
    const root = this.base as Element;
    const { presets } = this.props;
    // The live result loads on the first sign of use: a key, a pointer, a focus, or any control changing (a choice
    // made by keyboard, by a screen reader or by autofill fires no pointer event).
    const live = () => {
      if (this.loading) return;
      this.loading = true;
      void import('./Live.tsx').then((Live) => this.setState({ Live }));
    };
    for (const type of ['focusin', 'pointerdown', 'input', 'change']) {
      root.addEventListener(type, live, { capture: true, once: true });
      root.querySelector('.offers')?.addEventListener(type, this.loadOffers, { capture: true, once: true });
    }
    root.addEventListener('input', this.read);
    root.addEventListener('change', (e) => {
      const t = e.target as HTMLSelectElement;
      // A preset fills in its band's midpoint and compares with US pay at its level.
      const preset = t.name === 'preset' && presets.find((x) => x.id === t.value);
      if (preset) this.set({ salary: fieldText('salary', preset.mid), level: preset.level });
      else this.read();
    });
    root.addEventListener('click', (e) => {
      if ((e.target as Element).id === `${this.props.idPrefix}-salary-fix` && this.fix)
        this.set({ salary: fieldText('salary', this.fix) });
    });
    root.addEventListener('submit', (e) => e.preventDefault());
    // Without a query, keep whatever was typed before the island woke up (the reader may be in a field already).
    if (root.contains(document.activeElement)) live();
    if (location.search.length < 2) return this.read();
    // A shared link: its settings replace the defaults in the form. Its reader loads only for a link with a query;
    // until it has run, the URL is left as it came.
    const search = location.search;
    this.pending = true;
    live();
    const offers = /(^|[?&])offer\d=/.test(search) && this.loadOffers();
    void Promise.all([import('../lib/cost/url-link.ts'), offers]).then(([{ parseLink, describeNotice }, o]) => {
      const ids = levels.map((l) => l.id);
      const link = parseLink(search, defaults, presets, ids, defaultLevel, this.props.limits);
      this.pending = false;
      this.setState({ notices: link.notices.map((n) => describeNotice(n, w, this.props.limits)) });
      this.set({ ...formValues(link.state), level: link.level, per: 'year', ...(o && o.offerValuesFromLink(search)) });
    });
  }

  /** Shows each field's message (opening the options panel that holds it), the model's own fields, and the URL. */
  override componentDidUpdate(): void {
    const root = this.base as Element;
    const id = this.props.idPrefix;
    for (const key of withMessages) {
      const message = this.messages[key] ?? '';
      const line = root.querySelector<HTMLElement>(`#${id}-${key}-error`);
      const control = root.querySelector(`#${id}-${key}`);
      // Written only when it changes, so that the live line is not read out again on every keystroke.
      if (line && line.textContent !== message) {
        line.textContent = message;
        line.hidden = !message;
      }
      if (message) {
        control?.setAttribute('aria-invalid', 'true');
        control?.closest('details')?.setAttribute('open', '');
      } else control?.removeAttribute('aria-invalid');
    }
    for (const el of root.querySelectorAll<HTMLElement>('.calc-form [data-model]'))
      el.hidden = el.dataset['model'] !== this.good.model;
    const readAs = root.querySelector(`#${id}-salary-read`);
    if (readAs && readAs.textContent !== this.readAs) readAs.textContent = this.readAs;
    const fix = root.querySelector<HTMLElement>(`#${id}-salary-fix`);
    if (fix) {
      fix.hidden = !this.fix;
      fix.textContent = this.fix ? fill(this.props.words.ui.fix, { amount: formatInr(this.fix) }) : '';
    }
    const preset = root.querySelector<HTMLSelectElement>(`#${id}-preset`);
    if (preset) preset.value = this.props.presets.find((x) => x.mid === this.good.salary)?.id ?? '';
    if (!this.state.Live || this.pending) return;
    const search = this.query ? `?${this.query}` : '';
    if (location.search !== search) history.replaceState(null, '', `${search || location.pathname}${location.hash}`);
  }

  render(p: Props, s: State) {
    const { values: v } = s;
    const w = p.words.ui;
    // The readers share the engine's limits (fields.ts), so what they let through needs no second check.
    const form = readSettings(v, this.good, v['per'] === 'month', p.limits);
    const settings = (this.good = form.state);
    const messages: Partial<Record<TextKey | 'pf', string>> = {};
    for (const [key, problem] of Object.entries(form.errors))
      messages[key as TextKey] = explain(key as TextKey, problem, p.words, p.limits);
    const result = s.Live?.costFor(settings, p.rates, p.words.engine);
    if (result?.ok) this.last = result;
    else if (result) messages[result.field === 'pf' ? 'pf' : 'salary'] ??= result.message;
    this.messages = messages;
    const stale = Object.keys(messages).length > 0;
    const salaryProblem = form.errors.salary;
    this.fix = salaryProblem?.code === 'did-you-mean' ? salaryProblem.amount : undefined;
    const month = form.perMonth.salary;
    const readAs =
      month === undefined
        ? fill(w.readAs, { amount: formatInr(settings.salary) })
        : fill(w.readAsMonthly, { month: formatInr(month), amount: formatInr(settings.salary) });
    // The bands the salary falls in are named once the live result has loaded (on the first input).
    const bands = s.Live ? ` ${s.Live.bandsText(settings.salary, p.presets, w)}` : '';
    this.readAs = salaryProblem ? '' : `${readAs}${bands}`;
    const b = this.last;
    const level = p.levels.find((l) => l.id === v['level']) ?? p.levels.find((l) => l.id === p.defaultLevel);
    const { Live, Offers } = s;
    const offers = Offers?.readOffers(v, settings.fx, p.limits, p.offers, p.words);
    if (Live)
      this.query = [
        Live.writeLink(settings, p.defaults, p.presets, level?.id ?? p.defaultLevel, p.defaultLevel),
        offers?.query,
      ]
        .filter(Boolean)
        .join('&');
    const { targetCost, inHand } = settings;
    const use = (gross: number) => this.set({ salary: fieldText('salary', gross), basis: 'gross' });
    const pay = Live?.takeHomeFor(settings, p.rates, p.payRules, p.payWords, p.words.engine);
    const names = {
      model: (id: string) => p.models.find((m) => m.id === id)?.name ?? id,
      state: (code: StateCode) => p.rates.states[code]?.name ?? code,
    };
    const facts =
      Live &&
      Live.quoteFacts(
        settings,
        {
          modelName: names.model(settings.model),
          stateName: names.state(settings.state),
          fxAsOf: p.fxAsOf,
          feeAsOf: p.feeAsOf,
          ratesOn: p.rates.onDate,
          link: `${location.origin}${location.pathname}${this.query && '?'}${this.query}`,
        },
        p.words,
      );
    return (
      <div class="calculator" data-pagefind-ignore>
        {/* The status region is there from the start, so that a notice put into it is announced. */}
        <div role="status">
          {s.notices.length > 0 && (
            <div class="notice">
              <p>{p.words.notices.intro}</p>
              <ul>
                {s.notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {p.form}
        {/* The static result is for the defaults: while the live one loads, say so beside it. */}
        {!Live && (stale || !sameSettings(settings, p.defaults, level?.id ?? p.defaultLevel, p.defaultLevel)) && (
          <p class="stale-note" role="status">
            {w.updating}
          </p>
        )}
        {b && Live ? (
          <Live.Breakdown
            idPrefix={p.idPrefix}
            breakdown={b}
            level={level}
            modelNote={p.models.find((m) => m.id === b.input.model)?.note}
            sources={p.sources}
            ceiling={p.rates.ceiling}
            stale={stale}
            words={p.words}
            heading={p.headingLevel === 2 ? 'h2' : 'h3'}
            onCopy={() =>
              (navigator.clipboard?.writeText(location.href) ?? Promise.reject()).then(
                () => this.setState({ copied: w.copied }),
                () => this.setState({ copied: fill(w.copyThis, { url: location.href }) }),
              )
            }
            copied={s.copied}
            facts={facts!}
            pay={typeof pay === 'object' && pay.ok ? { result: pay, words: p.payWords } : undefined}
          />
        ) : (
          p.result
        )}
        {Live && pay ? (
          <Live.TakeHomePanel
            idPrefix={p.idPrefix}
            result={pay}
            words={p.payWords}
            taxFrom={p.payRules?.tax.year.from}
            heading={p.headingLevel === 2 ? 'h2' : 'h3'}
          />
        ) : (
          p.pay
        )}
        {b && Live ? (
          <Live.ModelCompare
            idPrefix={p.idPrefix}
            settings={b.input}
            rates={p.rates}
            models={p.models}
            words={p.words}
            heading={p.headingLevel === 2 ? 'h2' : 'h3'}
            cost={Live.costFor}
          />
        ) : (
          p.compare
        )}
        <section class="offers" aria-labelledby={`${p.idPrefix}-offers`}>
          {p.offerForm}
          {Offers && Live && offers ? (
            <Offers.OfferTable
              idPrefix={p.idPrefix}
              results={Offers.compareOffers(offers.offers, settings, p.rates, p.payRules, p.payWords, p.words.engine)}
              numbers={offers.numbers}
              names={names}
              basis={settings.basis === 'ctc' ? w.ctc : w.gross}
              problems={offers.problems}
              words={p.words}
            />
          ) : (
            p.offerResult
          )}
        </section>
        <section class="reverse" aria-labelledby={`${p.idPrefix}-reverse`}>
          {p.reverse}
          {targetCost === undefined || !Live ? (
            <p aria-live="polite" class="reverse-result">
              {w.reverseEmpty}
            </p>
          ) : (
            <Live.Reverse
              settings={{ ...settings, targetCost }}
              rates={p.rates}
              bands={(gross) => Live.bandsText(gross, p.presets, w)}
              words={p.words}
              onUse={use}
            />
          )}
          {inHand === undefined || !Live || !p.payRules ? (
            <p aria-live="polite" class="reverse-result">
              {p.payRules ? p.payWords.ui.inHandEmpty : p.payWords.ui.notOnFile}
            </p>
          ) : (
            <Live.InHand
              settings={{ ...settings, inHand }}
              rates={p.rates}
              pay={p.payRules}
              payWords={p.payWords}
              words={p.words}
              maxSalary={p.limits.salary.max}
              onUse={use}
            />
          )}
        </section>
      </div>
    );
  }
}
