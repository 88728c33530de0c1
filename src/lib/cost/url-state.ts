/** Calculator state as URL query parameters: read leniently with notices, written minimally in a stable order. */
import { codecs, stateOrder, type CalculatorState } from './url-codecs.ts';

/** Something in the URL that was ignored or replaced by a default, naming the parameter. */
export interface StateNotice {
  param: string;
  message: string;
}

type Fields = Required<CalculatorState>;

function readOne<K extends keyof Fields>(
  key: K,
  params: URLSearchParams,
  fx: number,
  out: Partial<Fields>,
  defaults: CalculatorState,
  notices: StateNotice[],
): void {
  const codec = codecs[key];
  const raws = params.getAll(codec.param);
  const raw = raws[0];
  if (raw === undefined) return;
  if (raws.length > 1)
    notices.push({
      param: codec.param,
      message: `“${codec.param}” appears ${raws.length} times; the first value is used.`,
    });
  const result = codec.read(raw.trim(), fx);
  if ('value' in result) {
    out[key] = result.value;
    return;
  }
  const fallback = defaults[key];
  const using = fallback === undefined ? 'it is ignored' : `the default ${codec.write(fallback as Fields[K])} is used`;
  notices.push({ param: codec.param, message: `${codec.param}: ${result.problem}; ${using}.` });
}

/** Reads the state from a query string; unknown parameters and bad values fall back to `defaults`, one notice each. Never throws. */
export function parseState(
  search: URLSearchParams | string,
  defaults: CalculatorState,
): { state: CalculatorState; notices: StateNotice[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: StateNotice[] = [];
  const known = new Set<string>(stateOrder.map((k) => codecs[k].param));
  for (const name of new Set(params.keys())) {
    if (!known.has(name))
      notices.push({ param: name, message: `“${name}” is not a calculator setting and was ignored.` });
  }
  const out: Partial<Fields> = {};
  // The exchange rate comes first so that salaries and budgets typed in dollars use the rate in the same URL.
  readOne('fx', params, defaults.fx, out, defaults, notices);
  const fx = out.fx ?? defaults.fx;
  for (const key of stateOrder) if (key !== 'fx') readOne(key, params, fx, out, defaults, notices);
  notices.sort((a, b) => order(a.param) - order(b.param));
  return { state: { ...defaults, ...out }, notices };
}

const order = (param: string): number => {
  const i = stateOrder.findIndex((k) => codecs[k].param === param);
  return i === -1 ? stateOrder.length : i;
};

/** Writes only the settings that differ from `defaults`, always in the same order, as a query string without `?`. */
export function serialiseState(state: CalculatorState, defaults: CalculatorState): string {
  const params = new URLSearchParams();
  for (const key of stateOrder) writeOne(key, state, defaults, params);
  return params.toString();
}

function writeOne<K extends keyof Fields>(
  key: K,
  state: CalculatorState,
  defaults: CalculatorState,
  params: URLSearchParams,
): void {
  const value = state[key];
  if (value === undefined || value === defaults[key]) return;
  params.append(codecs[key].param, codecs[key].write(value as Fields[K]));
}
