/** Calculator settings as URL query parameters: read leniently with notices, written minimally in a stable order. */
import { params, settingOrder, writeText, type CalculatorState, type FieldProblem, type TextKey } from './fields.ts';
import type { SalaryPreset } from './bands.ts';

/** Something in the URL that was ignored or replaced by a default, naming the parameter (explain.ts words it). */
export type StateNotice =
  | { kind: 'unknown'; param: string; count?: undefined }
  | { kind: 'repeated'; param: string; count: number }
  | { kind: 'invalid'; param: string; key: keyof CalculatorState; problem: FieldProblem; fallback?: string }
  | { kind: 'option'; param: 'level' | 'preset'; text: string; values: string; fallback?: string };

/** A setting as written in the URL. */
const write = (key: keyof CalculatorState, value: string | number): string =>
  typeof value === 'string' ? value : writeText(key as TextKey, value);

/** Writes only the settings that differ from `defaults`, always in the same order, as a query string without `?`. */
export function serialiseState(state: CalculatorState, defaults: CalculatorState): string {
  const query = new URLSearchParams();
  for (const key of settingOrder) {
    const value = state[key];
    if (value !== undefined && value !== defaults[key]) query.append(params[key], write(key, value));
  }
  return query.toString();
}

/** Writes a link: as `serialiseState`, with a salary at a preset's midpoint named by the preset, and the level if it differs from the one implied. */
export function writeLink(
  state: CalculatorState,
  defaults: CalculatorState,
  presets: readonly SalaryPreset[],
  level: string,
  defaultLevel: string,
): string {
  const query = new URLSearchParams(serialiseState(state, defaults));
  const preset = query.has(params.salary) ? presets.find((p) => p.mid === state.salary) : undefined;
  if (preset) query.delete(params.salary);
  return [
    preset && `preset=${preset.id}`,
    query.toString(),
    level !== (preset?.level ?? defaultLevel) && `level=${level}`,
  ]
    .filter(Boolean)
    .join('&');
}
