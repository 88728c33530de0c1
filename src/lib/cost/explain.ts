/** Turns what the input layer found (codes and values) into words for the reader, using a wording such as words.ts. */
import { formatInr, formatNumber } from '../format.ts';
import {
  amountFields,
  choiceFields,
  numberFields,
  type CalculatorState,
  type FieldProblem,
  type InputLimits,
  type NumberField,
} from './fields.ts';
import type { Words } from './words.ts';

/** Fills the `{name}` places of a template. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/** What to tell the reader about a setting that could not be read (a markup against `limits` where given). */
export function explain(key: keyof CalculatorState, p: FieldProblem, w: Words, limits?: InputLimits): string {
  if (key in amountFields) {
    const max = amountFields[key as keyof typeof amountFields].max / (p.perMonth ? 12 : 1);
    return fill(w.amount[p.code as keyof Words['amount']], {
      max: formatInr(max),
      crore: formatNumber(max / 1e7),
      amount: formatInr(p.amount ?? 0),
      lakh: formatNumber((p.amount ?? 0) / 1e5),
      limit: formatInr(p.limit ?? 0),
    });
  }
  if (key in choiceFields)
    return fill(w.choose, { values: choiceFields[key as keyof typeof choiceFields].values.join(', ') });
  const k = key as keyof typeof numberFields;
  const f: NumberField = numberFields[k];
  const template = p.code === 'out-of-range' ? w.ranges[k] : w.number[p.code as keyof Words['number']];
  const scale = f.scale ?? 1;
  const bounds = k === 'vendorMarkup' ? limits?.markup : undefined;
  return fill(template, {
    ask: w.asks[k],
    text: p.text,
    min: formatNumber((bounds ?? f).min * scale),
    max: formatNumber((bounds ?? f).max * scale),
    reason: bounds ? `: ${bounds.reason.replace(/\.$/, '')}` : '',
  });
}
