/** Employer cost calculator island: typed inputs, URL state, breakdown. The arithmetic lives in src/lib/cost. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
// Modules are imported one by one (not through index.ts) so that rarely used ones can load on demand.
import { compareToUsBand } from '../lib/cost/compare.ts';
import { computeEmployerCost } from '../lib/cost/engine.ts';
import { parametersInForce } from '../lib/cost/parameters.ts';
import { parseState, serialiseState } from '../lib/cost/url-state.ts';
import type { CalculatorState } from '../lib/cost/url-codecs.ts';
import type { CostBreakdown, HiringModel } from '../lib/cost/types.ts';
import { stateCodes, stateNames } from '../lib/cost/codes.ts';
import { readField, type FieldName } from '../lib/cost/form.ts';
import { formatInr, formatUsd } from '../lib/format.ts';
import { Breakdown } from './Breakdown.tsx';
import { Field, SelectField } from './Field.tsx';
import type { CalculatorProps } from './calculator-types.ts';

type Texts = Record<FieldName, string>;

const toTexts = (s: CalculatorState): Texts => ({
  salary: formatInr(s.salary).replace('₹', ''),
  wage: String(Math.round(s.wageShare * 100)),
  markup: String(Math.round(s.vendorMarkup * 100)),
  fee: String(s.eorFeeUsdPerMonth),
  fx: String(s.fx),
  headcount: String(s.headcount),
});

const models: { id: HiringModel; label: string }[] = [
  { id: 'entity', label: 'Own Indian entity' },
  { id: 'eor', label: 'Employer of record' },
  { id: 'contractor', label: 'Contractor' },
  { id: 'vendor', label: 'Staffing vendor' },
];

/** The calculator. Server-rendered with the defaults; reads the URL once hydrated. */
export default function CostCalculator(props: CalculatorProps) {
  const { idPrefix: p, defaults, levels } = props;
  const params = useMemo(() => parametersInForce(props.parameters, props.onDate), [props.parameters, props.onDate]);
  const [choice, setChoice] = useState<CalculatorState>(defaults);
  const [texts, setTexts] = useState<Texts>(() => toTexts(defaults));
  const [level, setLevel] = useState(props.defaultLevel);
  const [notices, setNotices] = useState<string[]>([]);
  const [budgetText, setBudgetText] = useState('');
  const [budgetPer, setBudgetPer] = useState<'year' | 'month'>('year');
  const [copied, setCopied] = useState('');

  // Each typed field is read on its own: a bad one keeps its last good value and shows its message.
  const fxRead = readField.fx(texts.fx);
  const fx = fxRead.ok ? fxRead.value : choice.fx;
  const reads = {
    salary: readField.salary(texts.salary, fx),
    wage: readField.wage(texts.wage),
    markup: readField.markup(texts.markup),
    fee: readField.fee(texts.fee),
    fx: fxRead,
    headcount: readField.headcount(texts.headcount),
  };
  const pick = (r: (typeof reads)[FieldName], fallback: number) => (r.ok ? r.value : fallback);
  const state: CalculatorState = {
    ...choice,
    salary: pick(reads.salary, choice.salary),
    wageShare: pick(reads.wage, choice.wageShare),
    vendorMarkup: pick(reads.markup, choice.vendorMarkup),
    eorFeeUsdPerMonth: pick(reads.fee, choice.eorFeeUsdPerMonth),
    fx,
    headcount: pick(reads.headcount, choice.headcount),
  };
  const budget = budgetText.trim() === '' ? undefined : readField.salary(budgetText, fx);
  if (budget?.ok) state.budget = budgetPer === 'month' ? budget.value * 12 : budget.value;
  const result = computeEmployerCost(state, params);
  // The last good breakdown stays on screen while an input is being corrected.
  const last = useRef<CostBreakdown | undefined>(undefined);
  if (result.ok) last.current = result;
  const breakdown = result.ok ? result : last.current;
  const errors: Partial<Record<FieldName | 'pf', string>> = {};
  for (const [name, r] of Object.entries(reads) as [FieldName, FieldResult][]) if (!r.ok) errors[name] = r.message;
  if (!result.ok) errors[result.field === 'pf' ? 'pf' : 'salary'] ??= result.message;

  // Restore from the URL once, then keep the URL in step with every valid change.
  useEffect(() => {
    const search = new URLSearchParams(location.search);
    const urlLevel = search.get('level');
    search.delete('level');
    const { state: restored, notices: found } = parseState(search, defaults);
    const messages = found.map((n) => n.message);
    if (urlLevel !== null) {
      if (levels.some((l) => l.id === urlLevel)) setLevel(urlLevel);
      else
        messages.push(
          `level: “${urlLevel}” is not one of ${levels.map((l) => l.id).join(', ')}; using ${props.defaultLevel}.`,
        );
    }
    setChoice(restored);
    setTexts(toTexts(restored));
    if (restored.budget !== undefined) setBudgetText(formatInr(restored.budget).replace('₹', ''));
    setNotices(messages);
  }, []);
  const query = serialiseState(state, defaults) + (level === props.defaultLevel ? '' : `${'&'}level=${level}`);
  useEffect(() => {
    if (!breakdown) return;
    const search = query.replace(/^&/, '');
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }, [query]);

  const set = (name: FieldName) => (value: string) => setTexts((t) => ({ ...t, [name]: value }));
  const choose = <K extends keyof CalculatorState>(key: K, value: CalculatorState[K]) =>
    setChoice((c) => ({ ...c, [key]: value }));
  const band = levels.find((l) => l.id === level) ?? levels[0];
  const comparison = breakdown && band ? compareToUsBand(breakdown, { min: band.usMin, max: band.usMax }) : undefined;

  // Reverse mode's solver loads on first use: most readers never open it.
  const [solver, setSolver] = useState<typeof import('../lib/cost/reverse.ts') | undefined>(undefined);
  useEffect(() => {
    if (budget?.ok && !solver) void import('../lib/cost/reverse.ts').then(setSolver);
  }, [budget?.ok]);
  const reverse =
    budget?.ok === true && solver
      ? solver.reverseFromBudget({ amount: budget.value, currency: 'INR', per: budgetPer }, state, params)
      : undefined;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied('Link copied.');
    } catch {
      setCopied(`Copy this link: ${location.href}`);
    }
  };
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  const radio = <K extends 'basis' | 'period' | 'model'>(key: K, value: CalculatorState[K], label: string) => (
    <label class="choice">
      <input
        type="radio"
        name={`${p}-${key}`}
        value={value}
        checked={state[key] === value}
        onChange={() => choose(key, value)}
      />
      {label}
    </label>
  );

  return (
    <div class="calculator" data-pagefind-ignore>
      {notices.length > 0 && (
        <div class="notice" role="status">
          <p>Some settings in this link could not be used, so defaults stand in:</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${p}-inputs`}>
        <H id={`${p}-inputs`} class="calc-heading">
          Your hire
        </H>
        <Field
          id={`${p}-salary`}
          label="Salary"
          hint="Per hire per year, e.g. 30 lakh, ₹30,00,000, 0.3 cr or $40k"
          error={errors.salary}
          value={texts.salary}
          onInput={set('salary')}
          wide
        />
        <fieldset>
          <legend>The salary is</legend>
          {radio('basis', 'gross', 'Gross pay (before employer contributions)')}
          {radio('basis', 'ctc', 'CTC (already includes employer PF and gratuity)')}
        </fieldset>
        <fieldset>
          <legend>Hiring model</legend>
          {models.map((m) => radio('model', m.id, m.label))}
        </fieldset>
        {state.model === 'eor' && (
          <Field
            id={`${p}-fee`}
            label="EOR fee (US$ per employee per month)"
            hint={`Default as of ${props.feeAsOf}`}
            error={errors.fee}
            value={texts.fee}
            onInput={set('fee')}
          />
        )}
        {state.model === 'vendor' && (
          <Field
            id={`${p}-markup`}
            label="Vendor markup (% of pay)"
            hint="Typically 40 to 80"
            error={errors.markup}
            value={texts.markup}
            onInput={set('markup')}
          />
        )}
        <details class="advanced">
          <summary>Statutory options, exchange rate and team size</summary>
          <Field
            id={`${p}-wage`}
            label="Wages (% of gross pay)"
            hint="Basic pay plus DA; at least 50 under the Labour Codes"
            error={errors.wage}
            value={texts.wage}
            onInput={set('wage')}
          />
          <div class="field">
            <label for={`${p}-pf`}>Provident fund</label>
            <select
              id={`${p}-pf`}
              value={state.pf}
              onChange={(e) => choose('pf', e.currentTarget.value as CalculatorState['pf'])}
              aria-describedby={errors.pf ? `${p}-pf-error` : undefined}
              aria-invalid={errors.pf ? true : undefined}
            >
              <option value="ceiling">On wages up to the ceiling</option>
              <option value="full">On full wages</option>
              <option value="none">None (employee opted out)</option>
            </select>
            {errors.pf && (
              <p id={`${p}-pf-error`} class="field-error">
                {errors.pf}
              </p>
            )}
          </div>
          <SelectField
            id={`${p}-state`}
            label="State"
            value={state.state}
            options={stateCodes.map((code) => ({ value: code, label: stateNames[code] }))}
            onChange={(v) => choose('state', v as CalculatorState['state'])}
          />
          <Field
            id={`${p}-fx`}
            label="Rupees per US dollar"
            hint={`Default as of ${props.fxAsOf}`}
            error={errors.fx}
            value={texts.fx}
            onInput={set('fx')}
          />
          <Field
            id={`${p}-n`}
            label="Number of hires"
            error={errors.headcount}
            value={texts.headcount}
            onInput={set('headcount')}
          />
        </details>
        <fieldset>
          <legend>Show amounts</legend>
          {radio('period', 'annual', 'Per year')}
          {radio('period', 'monthly', 'Per month')}
        </fieldset>
        <SelectField
          id={`${p}-level`}
          label="Compare with US pay at"
          value={level}
          options={levels.map((l) => ({ value: l.id, label: l.label }))}
          onChange={setLevel}
        />
        <p>
          <button type="submit">Update the figures</button>
        </p>
      </form>
      {breakdown && (
        <Breakdown
          idPrefix={p}
          breakdown={breakdown}
          comparison={comparison?.ok ? comparison : undefined}
          levelLabel={band?.label ?? ''}
          sources={props.sources}
          heading={H}
          onCopy={copyLink}
          copied={copied}
        />
      )}
      <section class="reverse" aria-labelledby={`${p}-reverse`}>
        <H id={`${p}-reverse`} class="calc-heading">
          Work back from a budget
        </H>
        <Field
          id={`${p}-budget`}
          label="Budget for the whole team"
          hint="In rupees or dollars, e.g. 40 lakh or $50k"
          error={budget && !budget.ok ? budget.message : undefined}
          value={budgetText}
          onInput={setBudgetText}
          wide
        />
        <fieldset>
          <legend>The budget is</legend>
          <label class="choice">
            <input
              type="radio"
              name={`${p}-budget-per`}
              checked={budgetPer === 'year'}
              onChange={() => setBudgetPer('year')}
            />
            Per year
          </label>
          <label class="choice">
            <input
              type="radio"
              name={`${p}-budget-per`}
              checked={budgetPer === 'month'}
              onChange={() => setBudgetPer('month')}
            />
            Per month
          </label>
        </fieldset>
        <p aria-live="polite" class="reverse-result">
          {reverse === undefined
            ? budget?.ok
              ? 'Working it out…'
              : 'Enter a budget to see the highest gross pay it covers under the options above.'
            : reverse.ok
              ? `It covers gross pay of up to ${formatInr(reverse.grossAnnualInr)} a year per hire (${formatUsd(reverse.grossAnnualInr / state.fx)}), with ${formatInr(reverse.unusedAnnualInrPerHire)} a year left over.`
              : reverse.message}
        </p>
      </section>
    </div>
  );
}

type FieldResult = ReturnType<(typeof readField)['wage']>;
