/** Picks, for a given day, the employer-cost parameter entries in force. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import type { DatedEntry } from './check-parameters.ts';
import {
  parameterNames,
  periodsPerYear,
  stateCodes,
  stateParameterNames,
  type NationalParameterName,
  type StateCode,
  type StateParameterName,
} from './codes.ts';

/** A value in force and the entry it comes from (for rate, source and as-of display). */
export interface InForce {
  value: number;
  entry: EmployerCostParameter;
}

/** The parameters in force on one day. */
export interface ParametersInForce {
  national: Partial<Record<NationalParameterName, InForce>>;
  states: Partial<Record<StateCode, Partial<Record<StateParameterName, InForce>>>>;
  /** Entries awaiting verification that would have applied had they been included. */
  ignored: EmployerCostParameter[];
}

/** Options for {@link parametersInForce}. */
export interface PickOptions {
  includeUnverified?: boolean;
}

const nationalNames = parameterNames.filter(
  (p): p is NationalParameterName => !(stateParameterNames as readonly string[]).includes(p),
);

const covers = (e: DatedEntry, day: string): boolean =>
  e.effectiveFrom <= day && (e.effectiveTo === undefined || day <= e.effectiveTo);

/**
 * The entry of `parameter` (in `state`, if any) in force on `day`, unverified entries only when asked for. The latest
 * start wins, so a newer entry supersedes an older one left open-ended; on a tie, a verified entry wins.
 */
export function entryInForce<T extends DatedEntry>(
  entries: readonly T[],
  parameter: string,
  state: string | undefined,
  day: string,
  unverified: boolean,
): T | undefined {
  let best: T | undefined;
  for (const e of entries) {
    if (e.parameter !== parameter || e.state !== state || !covers(e, day)) continue;
    if (e.status !== 'in-force' && !unverified) continue;
    if (
      best === undefined ||
      e.effectiveFrom > best.effectiveFrom ||
      (e.effectiveFrom === best.effectiveFrom && e.status === 'in-force')
    )
      best = e;
  }
  return best;
}

/** For each parameter (and state), the entry in force on `onDate` (YYYY-MM-DD); unverified entries only when asked for. */
export function parametersInForce(
  entries: readonly EmployerCostParameter[],
  onDate: string,
  options: PickOptions = {},
): ParametersInForce {
  const includeUnverified = options.includeUnverified ?? false;
  const result: ParametersInForce = { national: {}, states: {}, ignored: [] };
  const choose = (parameter: string, state: StateCode | undefined): InForce | undefined => {
    const chosen = entryInForce(entries, parameter, state, onDate, includeUnverified);
    const wouldBe = entryInForce(entries, parameter, state, onDate, true);
    if (wouldBe !== undefined && wouldBe !== chosen) result.ignored.push(wouldBe);
    return chosen === undefined ? undefined : { value: chosen.value, entry: chosen };
  };
  for (const name of nationalNames) {
    const found = choose(name, undefined);
    if (found !== undefined) result.national[name] = found;
  }
  for (const state of stateCodes) {
    const perState: Partial<Record<StateParameterName, InForce>> = {};
    for (const name of stateParameterNames) {
      const found = choose(name, state);
      if (found !== undefined) perState[name] = found;
    }
    result.states[state] = perState;
  }
  return result;
}

/** A per-period rupee amount as rupees a year (a monthly ₹200 is ₹2,400); rates and one-off amounts are returned unchanged. */
export function annualAmount(entry: Pick<EmployerCostParameter, 'value' | 'unit'>): number {
  return entry.unit === 'rate' || entry.unit === 'inr' ? entry.value : entry.value * periodsPerYear[entry.unit];
}
