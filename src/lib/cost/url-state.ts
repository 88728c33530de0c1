/** Calculator settings as URL query parameters: read leniently with notices, written minimally in a stable order. */
import { inrText } from '../format.ts';
import {
  amountFields,
  fieldText,
  params,
  readSettings,
  settingOrder,
  writeText,
  type CalculatorState,
  type FieldProblem,
  type TextKey,
} from './fields.ts';

/** Something in the URL that was ignored or replaced by a default, naming the parameter (explain.ts words it). */
export type StateNotice =
  | { kind: 'unknown'; param: string; count?: undefined }
  | { kind: 'repeated'; param: string; count: number }
  | { kind: 'invalid'; param: string; key: keyof CalculatorState; problem: FieldProblem; fallback?: string };

const names: string[] = Object.values(params);

/** A setting as written in the URL. */
const write = (key: keyof CalculatorState, value: string | number): string =>
  typeof value === 'string' ? value : writeText(key as TextKey, value);

/** A setting as a reader sees it in the form: `₹18,00,000`, `50`, `gross`. */
const shown = (key: keyof CalculatorState, value: string | number): string =>
  typeof value === 'string' ? value : key in amountFields ? inrText(value) : fieldText(key as TextKey, value);

/** Reads the settings from a query string; unknown parameters and bad values fall back to `defaults`, one notice each. Never throws. */
export function parseState(
  search: URLSearchParams | string,
  defaults: CalculatorState,
): { state: CalculatorState; notices: StateNotice[] } {
  const query = new URLSearchParams(search);
  const notices: StateNotice[] = [];
  const values: Record<string, string> = {};
  for (const param of new Set(query.keys())) {
    const all = query.getAll(param);
    if (!names.includes(param)) notices.push({ kind: 'unknown', param });
    else {
      values[param] = all[0]!;
      if (all.length > 1) notices.push({ kind: 'repeated', param, count: all.length });
    }
  }
  const { state, errors } = readSettings(values, defaults);
  for (const [key, problem] of Object.entries(errors) as [keyof CalculatorState, FieldProblem][]) {
    const fallback = defaults[key];
    notices.push({
      kind: 'invalid',
      param: params[key],
      key,
      problem,
      ...(fallback === undefined ? {} : { fallback: shown(key, fallback) }),
    });
  }
  const rank = (param: string): number => (names.includes(param) ? names.indexOf(param) : names.length);
  notices.sort((a, b) => rank(a.param) - rank(b.param));
  return { state, notices };
}

/** Writes only the settings that differ from `defaults`, always in the same order, as a query string without `?`. */
export function serialiseState(state: CalculatorState, defaults: CalculatorState): string {
  const query = new URLSearchParams();
  for (const key of settingOrder) {
    const value = state[key];
    if (value !== undefined && value !== defaults[key]) query.append(params[key], write(key, value));
  }
  return query.toString();
}
