/**
 * Reading a shared link: its settings, preset and US comparison level, with notices. Kept apart from url-state.ts,
 * so that the calculator loads it only when a page opens with a query.
 */
import { amountFields, fieldText, params, type CalculatorState, type InputLimits, type TextKey } from './fields.ts';
import type { SalaryPreset } from './bands.ts';
import type { StateNotice } from './url-state.ts';
import { formatInr } from '../format.ts';
import { readSettings, type FieldProblem } from './fields.ts';
import { explain, fill } from './explain.ts';
import type { Words } from './words.ts';
import { offerParams } from './codes.ts';

/** Every parameter a link may hold (compare offers reads its own, offers.ts). */
const names: string[] = [...Object.values(params), 'preset', 'level', 'per', ...offerParams];

/** A setting as a reader sees it in the form: `₹18,00,000`, `50`, `gross`. */
const shown = (key: keyof CalculatorState, value: string | number): string =>
  typeof value === 'string' ? value : key in amountFields ? formatInr(value) : fieldText(key as TextKey, value);

/**
 * Reads the settings from a query string; unknown parameters and bad values (a salary outside `limits` too) fall back
 * to `defaults`, one notice each. Never throws.
 */
export function parseState(
  search: URLSearchParams | string,
  defaults: CalculatorState,
  limits?: InputLimits,
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
  const { state, errors } = readSettings(values, defaults, false, limits);
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

/** A shared link read in full: the settings, the US comparison level, and notices for whatever could not be used. */
export interface Link {
  state: CalculatorState;
  level: string;
  notices: StateNotice[];
}

/**
 * Reads a shared link: `preset` stands for its band's midpoint (a `salary` given too wins) and sets the US
 * comparison to its level unless `level` says otherwise; `per` (left by a budget form sent before the island woke)
 * is skipped, and an old link's `budget` is read as `cost`. Never throws.
 */
export function parseLink(
  search: string,
  defaults: CalculatorState,
  presets: readonly SalaryPreset[],
  levels: readonly string[],
  defaultLevel: string,
  limits?: InputLimits,
): Link {
  const query = new URLSearchParams(search);
  // Links written before reverse mode's team cost was called `cost` hold it as `budget`: read it as `cost`.
  const legacy = query.get('budget');
  query.delete('budget');
  if (legacy !== null && !query.has(params.targetCost)) query.set(params.targetCost, legacy);
  const level = query.get('level');
  const id = query.get('preset');
  for (const name of ['level', 'preset', 'per']) query.delete(name);
  const preset = presets.find((p) => p.id === id);
  const extra: StateNotice[] = [];
  if (id !== null && !preset)
    extra.push({ kind: 'option', param: 'preset', text: id, values: presets.map((p) => p.id).join(', ') });
  if (preset && !query.has(params.salary)) query.set(params.salary, String(preset.mid));
  const { state, notices } = parseState(query, defaults, limits);
  let chosen = preset?.level ?? defaultLevel;
  if (level !== null) {
    if (levels.includes(level)) chosen = level;
    else extra.push({ kind: 'option', param: 'level', text: level, values: levels.join(', '), fallback: chosen });
  }
  return { state, level: chosen, notices: [...notices, ...extra] };
}

/** One notice about a shared link, in words (a markup held against `limits` where given). */
export function describeNotice(n: StateNotice, w: Words, limits?: InputLimits): string {
  if (n.kind === 'option')
    return fill(w.notices.option, {
      ...n,
      fallback: n.fallback === undefined ? w.notices.ignored : fill(w.notices.fallback, { value: n.fallback }),
    });
  if (n.kind !== 'invalid') return fill(w.notices[n.kind], { param: n.param, count: n.count ?? 0 });
  const message = explain(n.key, n.problem, w, limits).replace(/\.$/, '');
  const fallback = n.fallback === undefined ? w.notices.ignored : fill(w.notices.fallback, { value: n.fallback });
  return fill(w.notices.invalid, { param: n.param, text: n.problem.text, message, fallback });
}
