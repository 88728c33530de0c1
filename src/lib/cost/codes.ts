/** Code lists shared by the employer-cost data schema and the cost engine (kept free of zod so the calculator bundle stays small). */

/** Every statutory parameter the data file may record. */
export const parameterNames = [
  'pf-wage-ceiling',
  'epf-employer-rate',
  'epf-employee-rate',
  'edli-rate',
  'edli-admin-rate',
  'pf-admin-rate',
  'pf-admin-minimum',
  'esi-employer-rate',
  'esi-employee-rate',
  'esi-wage-threshold',
  'bonus-min-rate',
  'bonus-max-rate',
  'bonus-wage-threshold',
  'bonus-calculation-floor',
  'gratuity-accrual-rate',
  'gratuity-payout-cap',
  'labour-welfare-fund',
  'professional-tax',
] as const;

/** A statutory parameter name. */
export type ParameterName = (typeof parameterNames)[number];

/** Each parameter as readers see it named (tables and notes never show the ids). */
export const parameterLabels = {
  'pf-wage-ceiling': 'PF wage ceiling',
  'epf-employer-rate': 'Employer PF (EPF + EPS)',
  'epf-employee-rate': 'PF, employee',
  'edli-rate': 'EDLI insurance',
  'edli-admin-rate': 'EDLI admin charge',
  'pf-admin-rate': 'PF admin charge',
  'pf-admin-minimum': 'PF admin charge, minimum per establishment',
  'esi-employer-rate': 'ESI, employer',
  'esi-employee-rate': 'ESI, employee',
  'esi-wage-threshold': 'ESI wage threshold',
  'bonus-min-rate': 'Statutory bonus, minimum',
  'bonus-max-rate': 'Statutory bonus, maximum',
  'bonus-wage-threshold': 'Statutory bonus wage threshold',
  'bonus-calculation-floor': 'Statutory bonus floor',
  'gratuity-accrual-rate': 'Gratuity accrual',
  'gratuity-payout-cap': 'Gratuity, most payable',
  'labour-welfare-fund': 'Labour Welfare Fund, employer',
  'professional-tax': 'Professional tax, employee',
} as const satisfies Record<ParameterName, string>;

/** Parameters that differ by state and need a `state`. */
export const stateParameterNames = ['labour-welfare-fund', 'professional-tax'] as const;

/** A parameter recorded per state. */
export type StateParameterName = (typeof stateParameterNames)[number];

/** A parameter recorded once for the whole country. */
export type NationalParameterName = Exclude<ParameterName, StateParameterName>;

/** Parameters whose value is a share of pay (unit `rate`). */
export const rateParameterNames = [
  'epf-employer-rate',
  'epf-employee-rate',
  'edli-rate',
  'edli-admin-rate',
  'pf-admin-rate',
  'esi-employer-rate',
  'esi-employee-rate',
  'bonus-min-rate',
  'bonus-max-rate',
  'gratuity-accrual-rate',
] as const satisfies readonly ParameterName[];

/** Parameters whose value is a monthly rupee amount (unit `inr-per-month`). */
export const monthlyAmountParameterNames = [
  'pf-wage-ceiling',
  'pf-admin-minimum',
  'esi-wage-threshold',
  'bonus-wage-threshold',
  'bonus-calculation-floor',
] as const satisfies readonly ParameterName[];

/** Units a value may be written in. */
export const unitNames = ['rate', 'inr-per-month', 'inr-per-half-year', 'inr-per-year', 'inr'] as const;

/** A unit name. */
export type UnitName = (typeof unitNames)[number];

/** Two-letter codes of the states the data covers. */
export const stateCodes = ['KA', 'MH', 'TG', 'TN', 'DL', 'HR'] as const;

/** A state code. */
export type StateCode = (typeof stateCodes)[number];

/**
 * The state the site's worked examples assume when none is chosen: the calculator's default, the guide's take-home
 * table and the figures its claims are checked against: Karnataka (Bangalore).
 */
export const DEFAULT_STATE: StateCode = 'KA';

/** Whether an editor has confirmed an entry against a primary source. */
/** The most offers compared at once, and the fewest a comparison needs. */
export const MAX_OFFERS = 4;
export const MIN_OFFERS = 2;

/** The link parameter of each offer: offer1 to offer4. */
export const offerParams = Array.from({ length: MAX_OFFERS }, (_, i) => `offer${i + 1}`);

export const statusNames = ['in-force', 'awaiting-verification'] as const;

/** What a rates table says of an entry's status, the same for employer costs and income tax. */
export const statusLabels = {
  'in-force': 'Used',
  'awaiting-verification': 'Not used: reported, not yet confirmed',
} as const satisfies Record<(typeof statusNames)[number], string>;

/** How many times a period fits in a year, for the rupee-amount units. */
export const periodsPerYear: Readonly<Record<Exclude<UnitName, 'rate' | 'inr'>, number>> = {
  'inr-per-month': 12,
  'inr-per-half-year': 2,
  'inr-per-year': 1,
};

/** Whether `value` is one of the strings in `list` (a type guard for the lists above). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Reader-facing names of the states, by code. */
export const stateNames: Readonly<Record<StateCode, string>> = {
  KA: 'Karnataka (Bangalore)',
  MH: 'Maharashtra (Pune, Mumbai)',
  TG: 'Telangana (Hyderabad)',
  TN: 'Tamil Nadu (Chennai)',
  DL: 'Delhi',
  HR: 'Haryana (Gurugram)',
};
