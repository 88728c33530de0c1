/** Props the calculator island receives from the page, all plain data read from content/. */
import type { EmployerCostParameter } from '../schemas/employer-costs.ts';
import type { CalculatorState } from '../lib/cost/index.ts';

/** A seniority level with its US total-compensation band, for the comparison. */
export interface ComparisonLevel {
  id: string;
  label: string;
  usMin: number;
  usMax: number;
  usOpenEnded: boolean;
}

/** Everything the calculator needs; serialised into the page as island props. */
export interface CalculatorProps {
  /** Prefix for element ids, unique per page. */
  idPrefix: string;
  parameters: EmployerCostParameter[];
  /** The day whose rates apply (the build date). */
  onDate: string;
  defaults: CalculatorState;
  levels: ComparisonLevel[];
  defaultLevel: string;
  /** Publisher per source id, for the breakdown's source column. */
  sources: Record<string, string>;
  /** As-of dates shown beside the defaults. */
  fxAsOf: string;
  feeAsOf: string;
  /** Heading level of the calculator's own section headings. */
  headingLevel: 2 | 3;
}
