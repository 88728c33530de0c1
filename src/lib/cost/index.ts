/** The employer-cost engine's entry points for server code and tests: pure functions, no DOM and no Astro imports. */

/** Checked calculations, and the build's check of a calculator's defaults. */
export { computeEmployerCost, defaultsProblems, reverseFromCost } from './compute.ts';
/** The calculator's wording, and turning codes into it. */
export { words } from './words.ts';
export { explain } from './explain.ts';
export type { ReverseInput } from './reverse.ts';
/** Comparison of the cost per hire with a US total-compensation band. */
export { usPayMultiple } from './compare.ts';
/** Picking the dated entries in force on a day, and the engine's rates built from them. */
export { parametersInForce, annualAmount } from './parameters.ts';
export { ratesInForce, ratesSources } from './rates.ts';
/** Reading typed money amounts, and the limits of what the calculator takes as plausible. */
export { parseAmount } from './parse-amount.ts';
export type { InputLimits } from './fields.ts';
/** The calculator's settings: names, allowed values, readers. */
export {
  choiceFields,
  fieldText,
  formValues,
  params,
  readSettings,
  settingOrder,
  type CalculatorState,
  type TextKey,
} from './fields.ts';
/** Calculator settings in the URL, and shared links with their preset, level and notices. */
export { serialiseState, writeLink } from './url-state.ts';
export { describeNotice, parseLink, parseState } from './url-link.ts';
/** Salary presets and the bands a salary falls in. */
export { bandsAt, bandsText, type SalaryPreset } from './bands.ts';
/** Whole-rupee apportioning of a total among lines. */
export { apportion } from './engine.ts';
/** CSV export. */
export { breakdownToCsv, toCsv, csvField } from './csv.ts';
/** The default wage share, and the input check. */
export { DEFAULT_WAGE_SHARE, validateInput } from './validate.ts';
/** Code lists shared with the data schema. */
export { stateCodes } from './codes.ts';
/** Input and output types. */
export type { CostBreakdown, CostInput, CostLine, CostResult, HiringModelId, LineId, Rates } from './types.ts';
