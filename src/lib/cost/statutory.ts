/** The statutory values the engine needs, taken from the parameters in force, or the list of those missing. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import type { NationalParameterName, StateCode } from './codes.ts';
import type { InForce, ParametersInForce } from './parameters.ts';

/** Every national value the engine reads, plus the state's LWF and professional tax if recorded. */
export interface Statutory {
  ceiling: InForce;
  epfRate: InForce;
  edliRate: InForce;
  adminRate: InForce;
  esiRate: InForce;
  esiThreshold: InForce;
  bonusRate: InForce;
  bonusThreshold: InForce;
  bonusFloor: InForce;
  gratuityRate: InForce;
  adminMinimum?: InForce;
  gratuityCap?: InForce;
  lwf?: InForce;
  professionalTax?: InForce;
  /** Entries awaiting verification that were left out and concern this state or the whole country. */
  ignored: EmployerCostParameter[];
}

const required = {
  ceiling: 'pf-wage-ceiling',
  epfRate: 'epf-employer-rate',
  edliRate: 'edli-rate',
  adminRate: 'pf-admin-rate',
  esiRate: 'esi-employer-rate',
  esiThreshold: 'esi-wage-threshold',
  bonusRate: 'bonus-min-rate',
  bonusThreshold: 'bonus-wage-threshold',
  bonusFloor: 'bonus-calculation-floor',
  gratuityRate: 'gratuity-accrual-rate',
} as const satisfies Record<string, NationalParameterName>;

type RequiredKey = keyof typeof required;

/** The values for `state`, or the names of the required parameters with no entry in force. */
export function resolveStatutory(
  params: ParametersInForce,
  state: StateCode,
): Statutory | { missing: NationalParameterName[] } {
  const missing: NationalParameterName[] = [];
  const found: Partial<Record<RequiredKey, InForce>> = {};
  for (const key of Object.keys(required) as RequiredKey[]) {
    const value = params.national[required[key]];
    if (value === undefined) missing.push(required[key]);
    else found[key] = value;
  }
  if (missing.length > 0) return { missing };
  // Every required key was found (none is missing), so the record is complete.
  const complete = found as Record<RequiredKey, InForce>;
  const local = params.states[state] ?? {};
  const optional = {
    adminMinimum: params.national['pf-admin-minimum'],
    gratuityCap: params.national['gratuity-payout-cap'],
    lwf: local['labour-welfare-fund'],
    professionalTax: local['professional-tax'],
  };
  const ignored = params.ignored.filter((e) => e.state === undefined || e.state === state);
  const result: Statutory = { ...complete, ignored };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, InForce | undefined][]) {
    if (value !== undefined) result[key] = value;
  }
  return result;
}
