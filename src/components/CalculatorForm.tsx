/**
 * The calculator's inputs as static HTML, rendered at build time and passed into the island as slots, so that none of
 * this markup ships as JavaScript. The island reads the controls by name and fills in the error lines.
 */
import type { ComponentChildren } from 'preact';
import { Field, SelectField } from '../islands/Field.tsx';
import type { CalculatorProps } from '../lib/cost/calculator-props.ts';
import { choiceFields, fieldText, numberFields, params, type NumberField, type TextKey } from '../lib/cost/fields.ts';
import { stateCodes, stateNames } from '../lib/cost/codes.ts';
import { MAX_OFFERS } from '../lib/cost/codes.ts';
import { offerNames } from '../lib/cost/offers.ts';
import { presetOptions } from '../lib/cost/presets.ts';

type Props = Omit<CalculatorProps, 'rates' | 'sources' | 'words'>;

/** A number field's limits as typed (percentages for shares): "50 to 100". */
const limits = (key: keyof typeof numberFields): string => {
  const f: NumberField = numberFields[key];
  return `${fieldText(key, f.min)} to ${fieldText(key, f.max)}`;
};

/** The reader's words for each value of the settings chosen from a list (typed against fields.ts, so none is missed). */
const choiceLabels: { [K in 'basis' | 'pf' | 'period']: Record<(typeof choiceFields)[K]['values'][number], string> } = {
  basis: {
    gross: 'Gross pay (before employer contributions)',
    ctc: 'CTC (cost to company: includes every employer contribution)',
  },
  pf: { ceiling: 'On wages up to the ceiling', full: 'On full wages', none: 'None (employee opted out)' },
  period: { annual: 'Per year', monthly: 'Per month' },
};

/** A setting's values with their labels, in the order fields.ts lists them. */
const optionsOf = (key: keyof typeof choiceLabels): [string, string][] =>
  choiceFields[key].values.map((v) => [v, (choiceLabels[key] as Record<string, string>)[v]!]);

/** A group of radio buttons for one setting. */
function Choice(props: {
  legend: string;
  name: string;
  value: string;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label class="choice" key={value}>
          <input type="radio" name={props.name} value={value} checked={value === props.value} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** A text field for a calculator setting, filled with its default, with an empty error line, and shown only under
 * the hiring model that uses it (numberFields in fields.ts says which). */
function text(
  p: Props,
  key: TextKey,
  label: string,
  extra: { hint?: string | undefined; wide?: boolean; after?: ComponentChildren } = {},
) {
  const model = key in numberFields ? (numberFields[key as keyof typeof numberFields] as NumberField).model : undefined;
  return (
    <Field
      id={`${p.idPrefix}-${key}`}
      name={params[key]}
      label={label}
      value={fieldText(key, p.defaults[key])}
      error=""
      model={model}
      hidden={model !== undefined && model !== p.defaults.model}
      {...extra}
    />
  );
}

/** The inputs: salary, basis, model, the model's fee or markup, statutory options, period and the US comparison. */
export function CalculatorForm(p: Props) {
  const { idPrefix: id, defaults: d } = p;
  const H = p.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form class="calc-form" aria-labelledby={`${id}-inputs`}>
      <H id={`${id}-inputs`} class="calc-heading">
        Your hire
      </H>
      <SelectField
        id={`${id}-preset`}
        name="preset"
        label="Seniority and employer"
        hint="Fills in the middle of a band from the salary data"
        value={p.presets.find((x) => x.mid === d.salary)?.id ?? ''}
        options={[...presetOptions(p.presets), ['', 'My own figure']]}
        wide
      />
      {text(p, 'salary', 'Salary', {
        hint: 'Per hire: a year’s pay (30 LPA, 30 lakh, ₹30,00,000, 0.3 cr, $40k) or a month’s (1.5L/month, ₹1,20,000 per month)',
        wide: true,
        after: (
          <>
            <p id={`${id}-salary-read`} class="hint read-as" />
            <button type="button" id={`${id}-salary-fix`} class="fix" hidden />
          </>
        ),
      })}
      <Choice legend="The salary is" name={params.basis} value={d.basis} options={optionsOf('basis')} />
      <Choice legend="Hiring model" name={params.model} value={d.model} options={p.models.map((m) => [m.id, m.name])} />
      {text(p, 'eorFeeUsdPerMonth', 'EOR fee (US$ per employee per month)', {
        hint: `Default as of ${p.feeAsOf}`,
      })}
      {text(p, 'vendorMarkup', 'Vendor markup (% of pay)', {
        hint:
          p.limits.markup &&
          `The vendor's quote, from ${fieldText('vendorMarkup', p.limits.markup.min)} to ${fieldText('vendorMarkup', p.limits.markup.max)}`,
      })}
      <details class="advanced">
        <summary>Statutory options, exchange rate and team size</summary>
        {text(p, 'wageShare', 'Wages (% of gross pay)', {
          hint: `Basic pay plus DA, ${limits('wageShare')}: the Labour Codes count at least half of pay as wages`,
        })}
        <SelectField
          id={`${id}-pf`}
          name={params.pf}
          label="Provident fund"
          value={d.pf}
          error=""
          options={optionsOf('pf')}
        />
        <SelectField
          id={`${id}-state`}
          name={params.state}
          label="State"
          value={d.state}
          options={stateCodes.map((code) => [code, stateNames[code]])}
        />
        {text(p, 'fx', 'Rupees per US dollar', { hint: `Default as of ${p.fxAsOf}` })}
        {text(p, 'headcount', 'Number of hires')}
      </details>
      <Choice legend="Show amounts" name={params.period} value={d.period} options={optionsOf('period')} />
      <SelectField
        id={`${id}-level`}
        name="level"
        label="Compare with US pay at"
        value={p.defaultLevel}
        options={p.levels.map((l) => [l.id, l.label])}
      />
      <p>
        <button type="submit">Update the figures</button>
      </p>
    </form>
  );
}

/** Reverse mode's inputs: a budget for the team, per year or per month. */
export function ReverseForm(p: Props) {
  const H = p.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <H id={`${p.idPrefix}-reverse`} class="calc-heading">
        Work back from a budget or a take-home
      </H>
      <form class="calc-reverse">
        {text(p, 'targetCost', 'Budget for the whole team', {
          hint: 'In rupees or dollars, e.g. 40 lakh or $50k',
          wide: true,
        })}
        <Choice
          legend="The budget is"
          name="per"
          value="year"
          options={[
            ['year', 'Per year'],
            ['month', 'Per month'],
          ]}
        />
        {text(p, 'inHand', 'Take-home a month per hire', {
          hint: 'What the engineer should have in hand each month, e.g. 1.5 lakh: gives the CTC that leaves it',
          wide: true,
        })}
        <p>
          <button type="submit">Find the pay</button>
        </p>
      </form>
    </>
  );
}

/** Compare offers' inputs: four offers, each a salary, a state and a hiring model; the first two filled in. */
export function OfferForm(p: Props) {
  const H = p.headingLevel === 2 ? 'h2' : 'h3';
  const states = stateCodes.map((code) => [code, stateNames[code]] as const);
  const models = p.models.map((m) => [m.id, m.name] as const);
  return (
    <>
      <H id={`${p.idPrefix}-offers`} class="calc-heading">
        Compare offers
      </H>
      <p class="hint">
        Two to four offers side by side, each with its own salary, state and hiring model, such as ₹30 lakh in Bangalore
        through an EOR against ₹28 lakh in Pune through your own entity. The other settings are those above. Leave a
        salary empty to compare fewer.
      </p>
      <form class="offer-form">
        {Array.from({ length: MAX_OFFERS }, (_, i) => {
          const n = offerNames(i + 1);
          const o = p.offers[i];
          const id = `${p.idPrefix}-offer${i + 1}`;
          return (
            <fieldset key={id}>
              <legend>Offer {i + 1}</legend>
              <Field
                id={`${id}-salary`}
                name={n.salary}
                label={`Offer ${i + 1} salary`}
                value={o ? fieldText('salary', o.salary) : ''}
              />
              <SelectField
                id={`${id}-state`}
                name={n.state}
                label={`Offer ${i + 1} state`}
                value={o?.state ?? p.defaults.state}
                options={states}
              />
              <SelectField
                id={`${id}-model`}
                name={n.model}
                label={`Offer ${i + 1} hiring model`}
                value={o?.model ?? p.defaults.model}
                options={models}
              />
            </fieldset>
          );
        })}
        <p>
          <button type="submit">Compare the offers</button>
        </p>
      </form>
    </>
  );
}
