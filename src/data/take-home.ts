/** The take-home figures for pages and the API: the income-tax rules, the structure setting and the employer's rates. */
import { getCollection } from 'astro:content';
import { ratesInForce } from '../lib/cost/rates.ts';
import { presetsOf } from '../lib/cost/presets.ts';
import { bandSettings, takeHomeAtBands, type BandTakeHome } from '../lib/pay/bands.ts';
import { taxRatesInForce, type TaxRates } from '../lib/pay/tax-rates.ts';
import type { TaxParameterName } from '../lib/pay/codes.ts';
import type { StateCode } from '../lib/cost/codes.ts';
import { todayIso } from '../schemas/common.ts';
import { contentAt } from '../lib/content/reader.ts';
import { getDataset, inFileOrder, loadContent } from './content.ts';

const STRUCTURE_FILE = 'content/data/salary-structure.yaml';

/** Every collection the take-home reads, as plain data; the income-tax rules in the order their file lists them. */
export async function takeHomeData() {
  const [taxRules, structure] = await Promise.all([getCollection('incomeTax'), getCollection('salaryStructure')]);
  const hra = structure.find((e) => e.id === 'house-rent-allowance')?.data;
  if (!hra) throw new Error(`${STRUCTURE_FILE}: the take-home needs an entry with id "house-rent-allowance".`);
  const c = await loadContent();
  return {
    taxRules: inFileOrder(taxRules, contentAt(process.cwd()).collections.incomeTax).map((e) => e.data),
    employerCosts: c.employerCosts.map((e) => e.data),
    hra,
  };
}

/** Take-home at the middle of each band of a data set in one state, or the tax rules not on file today. */
export async function bandTakeHome(
  datasetId: string,
  state: StateCode,
): Promise<{ ok: true; bands: BandTakeHome[]; tax: TaxRates } | { ok: false; missing: TaxParameterName[] }> {
  const { taxRules, employerCosts, hra } = await takeHomeData();
  const today = todayIso();
  const picked = taxRatesInForce(taxRules, today);
  if (!picked.ok) return picked;
  const { dataset } = await getDataset(datasetId);
  const bands = takeHomeAtBands(
    presetsOf(dataset),
    { ...bandSettings, state },
    ratesInForce(employerCosts, today),
    picked.rates,
    hra.shareOfBasic,
  );
  return { ok: true, bands, tax: picked.rates };
}
