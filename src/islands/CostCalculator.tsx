/**
 * Employer cost calculator island. Its inputs are static HTML passed in as slots (src/components/CalculatorForm.tsx)
 * and its wording arrives as a prop (src/lib/cost/words.ts); the island reads the controls by name, works out the
 * breakdown, shows each field's message and keeps the URL in step. The arithmetic lives in src/lib/cost.
 */
import { Component, type ComponentChildren } from 'preact';
// Modules are imported one by one, not through index.ts, so that the server-only rate picking stays out of the bundle.
import { costFor } from '../lib/cost/engine.ts';
import { describeNotice, explain, fill } from '../lib/cost/explain.ts';
import {
  amountFields,
  formValues,
  numberFields,
  readSettings,
  type CalculatorState,
  type TextKey,
} from '../lib/cost/fields.ts';
import { coverBudget } from '../lib/cost/reverse.ts';
import { parseState, serialiseState } from '../lib/cost/url-state.ts';
import type { CostBreakdown } from '../lib/cost/types.ts';
import { formatInr, formatUsd } from '../lib/format.ts';
import { Breakdown } from './Breakdown.tsx';
import type { CalculatorProps } from '../lib/cost/calculator-props.ts';

interface Props extends CalculatorProps {
  /** The inputs form and the budget form, as static HTML. */
  form?: ComponentChildren;
  budget?: ComponentChildren;
}

interface State {
  /** Every control's value by name, as typed or chosen. */
  values: Record<string, string>;
  notices: string[];
  copied: string;
}

/** The fields that can show a message: the typed ones, and the PF choice (not allowed below the ceiling). */
const withMessages = [...Object.keys(numberFields), ...Object.keys(amountFields), 'pf'] as (TextKey | 'pf')[];

/** The calculator. Server-rendered with the defaults; reads the URL once hydrated. */
export default class CostCalculator extends Component<Props, State> {
  // `render` works these out from the controls; `componentDidUpdate` shows them outside the island's own markup.
  /** The settings in use: each typed field's last good reading. */
  good: CalculatorState;
  /** The last breakdown worked out, kept on screen while an input is being corrected. */
  last: CostBreakdown | undefined;
  messages: Partial<Record<TextKey | 'pf', string>> = {};
  query = '';

  constructor(props: Props) {
    super(props);
    this.good = props.defaults;
    this.state = { values: { ...formValues(props.defaults), level: props.defaultLevel }, notices: [], copied: '' };
  }

  /** The named controls inside the island. */
  controls(): (HTMLInputElement | HTMLSelectElement)[] {
    return [...(this.base as Element).querySelectorAll<HTMLInputElement>('input[name],select[name]')];
  }

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
    root.addEventListener('input', this.read);
    root.addEventListener('change', this.read);
    root.addEventListener('submit', (e) => e.preventDefault());
    // Without a query, keep whatever was typed before the island woke up.
    if (location.search.length < 2) return this.read();
    // A shared link: its settings replace the defaults in the form. `per` comes from a form sent before the island woke.
    const search = new URLSearchParams(location.search);
    const level = search.get('level') ?? defaultLevel;
    search.delete('level');
    search.delete('per');
    const { state, notices } = parseState(search, defaults);
    const messages = notices.map((n) => describeNotice(n, w));
    const ids = levels.map((l) => l.id);
    const known = ids.includes(level);
    if (!known) messages.push(fill(w.notices.level, { text: level, values: ids.join(', '), value: defaultLevel }));
    const values: Record<string, string> = { ...formValues(state), level: known ? level : defaultLevel, per: 'year' };
    for (const c of this.controls()) {
      const v = values[c.name] ?? '';
      if (c instanceof HTMLInputElement && c.type === 'radio') c.checked = c.value === v;
      else c.value = v;
    }
    this.setState({ values, notices: messages });
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
    for (const el of root.querySelectorAll<HTMLElement>('[data-model]'))
      el.hidden = el.dataset['model'] !== this.good.model;
    const search = this.query ? `?${this.query}` : '';
    if (location.search !== search) history.replaceState(null, '', `${search || location.pathname}${location.hash}`);
  }

  render(p: Props, s: State) {
    const { values: v } = s;
    const w = p.words.ui;
    // The readers share the engine's limits (fields.ts), so what they let through needs no second check.
    const form = readSettings(v, this.good, v['per'] === 'month');
    const settings = (this.good = form.state);
    const messages: Partial<Record<TextKey | 'pf', string>> = {};
    for (const [key, problem] of Object.entries(form.errors))
      messages[key as TextKey] = explain(key as TextKey, problem, p.words);
    const result = costFor(settings, p.rates, p.words.engine);
    if (result.ok) this.last = result;
    else messages[result.field === 'pf' ? 'pf' : 'salary'] ??= result.message;
    this.messages = messages;
    const b = this.last;
    const level = p.levels.find((l) => l.id === v['level']) ?? p.levels.find((l) => l.id === p.defaultLevel);
    this.query = [serialiseState(settings, p.defaults), level && level.id !== p.defaultLevel && `level=${level.id}`]
      .filter(Boolean)
      .join('&');
    const reverse =
      settings.budget === undefined
        ? undefined
        : coverBudget(settings.budget / settings.headcount, settings, p.rates, p.words.engine);
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
        {b && (
          <Breakdown
            idPrefix={p.idPrefix}
            breakdown={b}
            level={level}
            modelNote={p.models.find((m) => m.id === b.input.model)?.note}
            sources={p.sources}
            words={p.words}
            heading={p.headingLevel === 2 ? 'h2' : 'h3'}
            onCopy={() =>
              (navigator.clipboard?.writeText(location.href) ?? Promise.reject()).then(
                () => this.setState({ copied: w.copied }),
                () => this.setState({ copied: fill(w.copyThis, { url: location.href }) }),
              )
            }
            copied={s.copied}
          />
        )}
        <section class="reverse" aria-labelledby={`${p.idPrefix}-reverse`}>
          {p.budget}
          <p aria-live="polite" class="reverse-result">
            {!reverse
              ? w.budgetEmpty
              : reverse.ok
                ? fill(w.budgetResult, {
                    gross: formatInr(reverse.grossAnnualInr),
                    usd: formatUsd(reverse.grossAnnualInr / settings.fx),
                    left: formatInr(reverse.unusedAnnualInrPerHire),
                  })
                : reverse.message}
          </p>
        </section>
      </div>
    );
  }
}
