/** Props the calculator island receives from the page, all plain data read from content/. */
import type { CalculatorState, HiringModelId, Rates } from './index.ts';
import type { SalaryPreset } from './bands.ts';
import type { InputLimits } from './fields.ts';
import type { Words } from './words.ts';
import type { PayRules } from '../pay/take-home.ts';
import type { PayWords } from '../pay/words.ts';
import type { Offer } from './offers.ts';

/** A seniority level with the middle of its US total-compensation band (US$ a year), for the US pay multiple. */
export interface ComparisonLevel {
  id: string;
  label: string;
  usMid: number;
}

/** A hiring model as the calculator offers it, with the note shown under its breakdown. */
export interface CalculatorModel {
  id: HiringModelId;
  name: string;
  note: string;
}

/** Everything the calculator needs; serialised into the page as island props. */
export interface CalculatorProps {
  /** Prefix for element ids, unique per page. */
  idPrefix: string;
  /** The statutory figures in force on the build date. */
  rates: Rates;
  defaults: CalculatorState;
  models: CalculatorModel[];
  levels: ComparisonLevel[];
  defaultLevel: string;
  /** Seniority × segment bands from the salary data, offered as presets and named for a typed salary. */
  presets: SalaryPreset[];
  /** The salaries the calculator takes as plausible (content/data/calculator.yaml). */
  limits: InputLimits;
  /** Publisher per source id, for the breakdown's source column. */
  sources: Record<string, string>;
  /** As-of dates shown beside the defaults and in the quote, in words. */
  fxAsOf: string;
  feeAsOf: string;
  /** The income-tax rules and HRA share for take-home pay; absent when no tax rules are in force (not on file). */
  payRules?: PayRules;
  payWords: PayWords;
  /** The offers compared at first (and with JavaScript off): two, at the default salary. */
  offers: Offer[];
  /** The calculator page's address, which a quote's link starts from. */
  pageUrl: string;
  /** What the calculator says at run time: messages, notices and the result panel's text (not the build-time `rates`). */
  words: Words;
  /** Heading level of the calculator's own section headings. */
  headingLevel: 2 | 3;
}
