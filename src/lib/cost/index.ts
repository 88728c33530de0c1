/** Public API of the employer-cost engine: pure functions, no DOM and no Astro imports. */

/** Forward calculation: pay and options to a sourced breakdown. */
export { computeEmployerCost } from './engine.ts';
/** Reverse calculation: a budget to the highest gross pay it covers. */
export { reverseFromBudget, type Budget, type ReverseInput, type ReverseResult } from './reverse.ts';
/** Comparison of the cost per hire with a US total-compensation band. */
export { compareToUsBand, type BandComparison, type UsBand } from './compare.ts';
/** Picking the dated parameters in force on a day. */
export {
  parametersInForce,
  annualAmount,
  type InForce,
  type ParametersInForce,
  type PickOptions,
} from './parameters.ts';
/** Reading typed money amounts. */
export { parseAmount, type AmountErrorCode, type AmountOptions, type AmountResult } from './parse-amount.ts';
/** Calculator state in the URL. */
export { parseState, serialiseState, type StateNotice } from './url-state.ts';
/** The calculator's settings as kept in the URL. */
export type { CalculatorState } from './url-codecs.ts';
/** CSV export. */
export { breakdownToCsv, toCsv, csvField, CSV_HEADER } from './csv.ts';
/** Default share of gross counted as wages. */
export { DEFAULT_WAGE_SHARE } from './validate.ts';
/** Display labels of the lines. */
export { lineLabels } from './present.ts';
/** Code lists shared with the data schema. */
export { stateCodes, parameterNames, type StateCode, type ParameterName } from './codes.ts';
/** Input and output types. */
export type {
  Basis,
  CostBreakdown,
  CostError,
  CostInput,
  CostLine,
  CostResult,
  HiringModel,
  LineId,
  Period,
  PfMode,
  ProfessionalTaxInfo,
} from './types.ts';
