/** Turns what the input layer found (codes and values) into words for the reader, using a wording such as words.ts. */
import { formatNumber, inrText } from '../format.ts';
import {
  amountFields,
  choiceFields,
  numberFields,
  type CalculatorState,
  type FieldProblem,
  type NumberField,
} from './fields.ts';
import type { StateNotice } from './url-state.ts';
import type { Words } from './words.ts';

/** Fills the `{name}` places of a template. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/** What to tell the reader about a setting that could not be read. */
export function explain(key: keyof CalculatorState, p: FieldProblem, w: Words): string {
  if (key === 'salary' || key === 'budget') {
    const max = amountFields[key].max / (p.perMonth ? 12 : 1);
    return fill(w.amount[p.code as keyof Words['amount']], { max: inrText(max), crore: formatNumber(max / 1e7) });
  }
  if (key in choiceFields)
    return fill(w.choose, { values: choiceFields[key as keyof typeof choiceFields].values.join(', ') });
  const k = key as keyof typeof numberFields;
  const f: NumberField = numberFields[k];
  const template = p.code === 'out-of-range' ? w.ranges[k] : w.number[p.code as keyof Words['number']];
  const scale = f.scale ?? 1;
  return fill(template, {
    ask: w.asks[k],
    text: p.text,
    min: formatNumber(f.min * scale),
    max: formatNumber(f.max * scale),
  });
}

/** One notice about a shared link, in words. */
export function describeNotice(n: StateNotice, w: Words): string {
  if (n.kind !== 'invalid') return fill(w.notices[n.kind], { param: n.param, count: n.count ?? 0 });
  const message = explain(n.key, n.problem, w).replace(/\.$/, '');
  const fallback = n.fallback === undefined ? w.notices.ignored : fill(w.notices.fallback, { value: n.fallback });
  return fill(w.notices.invalid, { param: n.param, text: n.problem.text, message, fallback });
}
