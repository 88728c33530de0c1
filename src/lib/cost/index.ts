/** Public API of the employer-cost engine: pure functions, no DOM and no Astro imports. */

/** Forward calculation: pay and options to a sourced breakdown. */
export { costFor, breakdownAt } from './engine.ts';
/** The checked entry points. */
export { computeEmployerCost, defaultsProblems, reverseFromBudget } from './compute.ts';
/** The calculator's wording, and turning codes into it. */
export { words, type Words, type EngineWords } from './words.ts';
export { explain, describeNotice, fill } from './explain.ts';
/** Reverse calculation: a budget to the highest gross pay it covers. */
export { coverBudget, type Budget, type ReverseInput, type ReverseResult } from './reverse.ts';
/** Comparison of the cost per hire with a US total-compensation band. */
export { timesAsMuch, type UsBand } from './compare.ts';
/** Picking the dated entries in force on a day, and the engine's rates built from them. */
export {
  parametersInForce,
  annualAmount,
  type InForce,
  type ParametersInForce,
  type PickOptions,
} from './parameters.ts';
export { ratesInForce } from './rates.ts';
/** Reading typed money amounts. */
export { parseAmount, type AmountErrorCode, type AmountOptions, type AmountResult } from './parse-amount.ts';
/** The calculator's settings: names, allowed values, readers. */
export {
  amountFields,
  choiceFields,
  fieldText,
  formValues,
  numberFields,
  params,
  readSetting,
  readSettings,
  readNumber,
  readText,
  settingOrder,
  writeText,
  type CalculatorState,
  type Read,
  type SettingErrors,
  type TextKey,
} from './fields.ts';
/** Calculator settings in the URL. */
export { parseState, serialiseState, type StateNotice } from './url-state.ts';
/** CSV export. */
export { breakdownToCsv, toCsv, csvField } from './csv.ts';
/** Default share of gross counted as wages. */
export { DEFAULT_WAGE_SHARE, validateInput } from './validate.ts';
/** Code lists shared with the data schema. */
export { stateCodes, stateNames, parameterNames, type StateCode, type ParameterName } from './codes.ts';
/** Input and output types. */
export type {
  Basis,
  CostBreakdown,
  CostError,
  CostInput,
  CostLine,
  CostResult,
  Figure,
  HiringModel,
  LineId,
  Period,
  PfMode,
  ProfessionalTaxInfo,
  ProfessionalTaxRule,
  Rates,
  StateRates,
} from './types.ts';
