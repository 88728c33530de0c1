/** Take-home at the middle of each band of a salary data set: what the guide and the API show. */
import type { SalaryPreset } from '../cost/bands.ts';
import { DEFAULT_WAGE_SHARE } from '../cost/validate.ts';
import type { Rates } from '../cost/types.ts';
import { computeTakeHome } from './compute.ts';
import type { PayInput, TakeHomeResult } from './take-home.ts';
import type { TaxRates } from './tax-rates.ts';

/** The settings a band's take-home is worked out with, besides the salary (the band's midpoint, as gross pay). */
export type BandSettings = Omit<PayInput, 'salary' | 'basis'>;

/** The wage share and PF setting the bands' take-home uses: the calculator's defaults (wages 50%, PF on the ceiling). */
export const bandSettings: Omit<BandSettings, 'state'> = { wageShare: DEFAULT_WAGE_SHARE, pf: 'ceiling' };

/** One band and the take-home at its midpoint. */
export interface BandTakeHome {
  preset: SalaryPreset;
  result: TakeHomeResult;
}

/** The take-home at the midpoint of every band, as gross pay, in band order. */
export const takeHomeAtBands = (
  presets: readonly SalaryPreset[],
  settings: BandSettings,
  r: Rates,
  t: TaxRates,
  hraShare: number,
): BandTakeHome[] =>
  presets.map((preset) => ({
    preset,
    result: computeTakeHome({ ...settings, salary: preset.mid, basis: 'gross' }, r, t, hraShare),
  }));
