/** Checks a calculator input before any arithmetic, so the engine never returns NaN or Infinity. */
import { explain } from './explain.ts';
import { choiceFields, fits, numberFields, type NumberField } from './fields.ts';
import type { CostError, CostInput } from './types.ts';
import { words } from './words.ts';

/** Default share of gross counted as wages: the Labour Codes' 50% floor, the lowest share allowed. */
export const DEFAULT_WAGE_SHARE = numberFields.wageShare.min;

/** The input with defaults filled in, or the first problem found, naming the field, in the calculator's words. */
export function validateInput(input: CostInput): { ok: true; input: Required<CostInput> } | CostError {
  const full: Required<CostInput> = { ...input, wageShare: input.wageShare ?? DEFAULT_WAGE_SHARE };
  const fail = (field: keyof CostInput, code: 'out-of-range' | 'not-an-option'): CostError => ({
    ok: false,
    code: 'invalid-input',
    field,
    message: explain(field, { code, text: String(full[field]) }, words),
  });
  if (!(full.salary > 0 && full.salary < Infinity))
    return { ok: false, code: 'invalid-input', field: 'salary', message: words.amount.zero };
  for (const [key, field] of Object.entries(choiceFields) as [
    keyof typeof choiceFields,
    { values: readonly string[] },
  ][])
    if (!field.values.includes(full[key])) return fail(key, 'not-an-option');
  // A setting only one model uses (the EOR fee, the vendor markup) is not checked under the others.
  for (const [key, field] of Object.entries(numberFields) as [keyof typeof numberFields, NumberField][])
    if ((field.model === undefined || full.model === field.model) && !fits(field, full[key]))
      return fail(key, 'out-of-range');
  return { ok: true, input: full };
}
