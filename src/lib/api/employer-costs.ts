/** Builds the employer-costs document: every dated statutory parameter and the ones in force on the build date. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import type { Source } from '../../schemas/sources.ts';
import { latestDate } from '../dates.ts';
import { parameterNames, stateCodes, type StateCode } from '../cost/codes.ts';
import { parametersInForce, type InForce, type ParametersInForce } from '../cost/parameters.ts';
import { byId } from '../collections.ts';
import { absoluteUrl } from '../routes.ts';
import { schemaPath, sourceRefs, type BuildContext } from './common.ts';
import type { EmployerCostsDocument, InForceRecord, ParameterRecord } from './schemas.ts';

/** What the employer-costs document is built from. */
export interface EmployerCostsInput {
  parameters: readonly EmployerCostParameter[];
  sources: readonly Source[];
}

/** An entry's first day, or null where its sources give none (the date in the data then only places it in time). */
const startDate = (e: EmployerCostParameter): string | null => (e.startDateGiven === false ? null : e.effectiveFrom);

const inForceRecord = (f: InForce, state: StateCode | null): InForceRecord => ({
  parameter: f.entry.parameter,
  state,
  entry: f.entry.id,
  value: f.value,
  unit: f.entry.unit,
  effectiveFrom: startDate(f.entry),
});

const rank = (list: readonly string[], value: string | undefined): number =>
  value === undefined ? -1 : list.indexOf(value);

/** Entries in a stable order whatever the loader's: by parameter (as listed in codes.ts), national before state (by state code order), then by start date. */
function orderEntries(entries: readonly EmployerCostParameter[]): EmployerCostParameter[] {
  return entries.toSorted(
    (a, b) =>
      rank(parameterNames, a.parameter) - rank(parameterNames, b.parameter) ||
      rank(stateCodes, a.state) - rank(stateCodes, b.state) ||
      a.effectiveFrom.localeCompare(b.effectiveFrom) ||
      a.id.localeCompare(b.id),
  );
}

/** The picked entries as records (verified entries only), national ones first, then state by state. */
function inForceRecords(picked: ParametersInForce): InForceRecord[] {
  const national = Object.values(picked.national).map((f) => inForceRecord(f, null));
  const states = stateCodes.flatMap((code) =>
    Object.values(picked.states[code] ?? {}).map((f) => inForceRecord(f, code)),
  );
  return [...national, ...states];
}

/** The employer-costs document for the build date, entries in {@link orderEntries} order; `asOf` is the latest start date among entries in force then that have one (the build date if none has). */
export function buildEmployerCostsDocument(input: EmployerCostsInput, ctx: BuildContext): EmployerCostsDocument {
  const onDate = ctx.generatedAt.slice(0, 10);
  const sources = byId(input.sources);
  const picked = parametersInForce(input.parameters, onDate);
  const inForce = inForceRecords(picked);
  const inForceIds = new Set(inForce.map((f) => f.entry));
  const dated = inForce.flatMap((f) => (f.effectiveFrom === null ? [] : [f.effectiveFrom]));
  const parameters: ParameterRecord[] = orderEntries(input.parameters).map((e) => ({
    id: e.id,
    parameter: e.parameter,
    value: e.value,
    unit: e.unit,
    state: e.state ?? null,
    payThreshold: e.payThreshold ? { ...e.payThreshold } : null,
    februaryAmount: e.februaryAmount ?? null,
    effectiveFrom: startDate(e),
    effectiveTo: e.effectiveTo ?? null,
    status: e.status,
    inForce: inForceIds.has(e.id),
    note: e.note,
    sources: sourceRefs(e.sources, sources),
  }));
  return {
    $schema: absoluteUrl(ctx.site, schemaPath('employer-costs')),
    generatedAt: ctx.generatedAt,
    // With nothing in force (a date before every entry), the empty picture is as of the build date itself.
    asOf: dated.length > 0 ? latestDate(dated) : onDate,
    onDate,
    parameters,
    inForce,
    ignored: picked.ignored.map((e) => e.id),
  };
}
