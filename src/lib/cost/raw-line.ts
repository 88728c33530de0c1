/** The per-hire, per-year line shape the rules produce, and the two ways to make one. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import type { LineId } from './types.ts';

/** A line before conversion to the chosen period, headcount and currency. */
export interface RawLine {
  id: LineId;
  annualInr: number;
  applies: boolean;
  reason?: string;
  rate?: number;
  base?: { description: string; annualInr: number };
  cap?: { description: string; monthlyInr: number };
  /** The data entries behind the line, for sources and as-of dates. */
  entries: EmployerCostParameter[];
}

/** A line that does not apply: 0, with the reason a reader is shown. */
export function off(id: LineId, reason: string, entries: EmployerCostParameter[] = []): RawLine {
  return { id, annualInr: 0, applies: false, reason, entries };
}

/** A line charged at `rate` of `base` (per hire per year), optionally capped. */
export function rated(
  id: LineId,
  rate: number,
  base: { description: string; annualInr: number },
  entries: EmployerCostParameter[],
  cap?: { description: string; monthlyInr: number },
): RawLine {
  const line: RawLine = { id, annualInr: rate * base.annualInr, applies: true, rate, base, entries };
  if (cap !== undefined) line.cap = cap;
  return line;
}
