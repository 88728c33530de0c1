/** Builds the calculator's props from content: rates in force, defaults from the data set, facts and hiring models. */
import { formatDate } from '../lib/dates.ts';
import { choiceFields, defaultsProblems, ratesInForce, ratesSources, words } from '../lib/cost/index.ts';
import { calculatorDefaults } from '../lib/calculator-defaults.ts';
import { bandMidpoint, findBand, middleLevel, middleLocalBand, toUnits, usSegment } from '../lib/salaries.ts';
import { presetsOf } from '../lib/cost/presets.ts';
import { todayIso } from '../schemas/common.ts';
import type { CalculatorModel, CalculatorProps } from '../lib/cost/calculator-props.ts';
import type { InputLimits } from '../lib/cost/fields.ts';
import { getCollection } from 'astro:content';
import { getDataset, loadContent } from './content.ts';
import { siteRoot } from './paths.ts';
import { staticPages } from './pages.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { takeHomeData } from './take-home.ts';
import { taxRatesInForce } from '../lib/pay/tax-rates.ts';
import { payWords } from '../lib/pay/words.ts';

const MODELS_FILE = 'content/data/hiring-models.yaml';
const LIMITS_FILE = 'content/data/calculator.yaml';

/**
 * What the calculator takes as plausible: salaries in rupees a year and vendor markups as fractions; a build error
 * when an entry is missing. (That every salary band lies inside the limits is checked with the content, in
 * src/lib/content/integrity.ts.)
 */
async function inputLimits(): Promise<InputLimits> {
  const entries = (await getCollection('calculatorSettings')).map((e) => e.data);
  const salary = entries.find((e) => e.id === 'salary-limits');
  const markup = entries.find((e) => e.id === 'vendor-markup-limits');
  if (salary?.id !== 'salary-limits')
    throw new Error(`${LIMITS_FILE}: the calculator needs an entry with id "salary-limits".`);
  if (markup?.id !== 'vendor-markup-limits')
    throw new Error(`${LIMITS_FILE}: the calculator needs an entry with id "vendor-markup-limits".`);
  const limits = { min: toUnits(salary.floor, 'INR'), max: toUnits(salary.ceiling, 'INR') };
  return { salary: limits, markup: { min: markup.min / 100, max: markup.max / 100, reason: markup.reason } };
}

/** The fact behind a hiring model's fee or markup; a build error when the data lacks it. */
async function modelFact(model: 'eor' | 'vendor') {
  const c = await loadContent();
  const id = c.hiringModels.find((m) => m.id === model)?.data.costFact;
  const fact = id === undefined ? undefined : c.facts.get(id)?.data;
  if (!fact) throw new Error(`${MODELS_FILE}: the "${model}" model needs a costFact naming a fact in facts.yaml.`);
  return fact;
}

/** The four models the engine knows, named and annotated from content; a build error when one is missing. */
async function calculatorModels(): Promise<CalculatorModel[]> {
  const c = await loadContent();
  return choiceFields.model.values.map((id) => {
    const m = c.hiringModels.find((x) => x.id === id)?.data;
    if (!m) throw new Error(`${MODELS_FILE}: the calculator needs an entry with id "${id}".`);
    return { id, name: m.name, note: m.calculatorNote };
  });
}

// The notes built with the rates are already in them; the rest of the wording travels with the island.
const { rates: _built, ...islandWords } = words;

/** Props for one calculator on a page, for the salary data set `datasetId`. */
export async function calculatorProps(
  datasetId: string,
  idPrefix: string,
  headingLevel: 2 | 3,
): Promise<CalculatorProps> {
  const c = await loadContent();
  const { dataset, rate } = await getDataset(datasetId);
  const fee = await modelFact('eor');
  const markup = await modelFact('vendor');
  const us = usSegment(dataset);
  const middle = middleLevel(dataset);
  const band = middleLocalBand(dataset)?.band;
  if (!band)
    throw new Error(
      `${datasetId}: no ${dataset.currency} band for the "${middle.id}" level to use as the calculator's default salary.`,
    );
  // The default markup is the middle of the range the site quotes for vendors (content checks keep it inside the limits).
  if (markup.min === undefined || markup.max === undefined)
    throw new Error('content/data/facts.yaml: the vendor markup fact needs a min and a max (percent of pay).');
  const { min, max } = markup;
  const defaults = calculatorDefaults({ band, eorFee: fee, vendorMarkup: { min, max }, fx: rate.rate });
  const levels = dataset.levels.flatMap((level) => {
    const b = us && findBand(dataset, level.id, us.id);
    return b ? [{ id: level.id, label: level.label, usMid: bandMidpoint(b) }] : [];
  });
  const rates = ratesInForce(
    c.employerCosts.map((e) => e.data),
    todayIso(),
  );
  const presets = presetsOf(dataset);
  const limits = await inputLimits();
  const problems = defaultsProblems(defaults, rates, limits);
  if (problems.length > 0)
    throw new Error(`${datasetId}: the calculator's defaults do not work: ${problems.join('; ')}.`);
  // Take-home pay: the tax rules in force today, or none (the panel then says they are not on file).
  const { taxRules, hra } = await takeHomeData();
  const tax = taxRatesInForce(taxRules, todayIso());
  // Only the publishers the breakdown and the take-home can cite travel with the island.
  const cited = new Set([...ratesSources(rates), ...(tax.ok ? Object.values(tax.rates.sources).flat() : [])]);
  return {
    idPrefix,
    rates,
    defaults,
    models: await calculatorModels(),
    levels,
    defaultLevel: middle.id,
    presets,
    limits,
    sources: Object.fromEntries(
      [...c.sources.values()].filter((s) => cited.has(s.id)).map((s) => [s.id, s.data.publisher]),
    ),
    fxAsOf: formatDate(rate.asOf),
    feeAsOf: formatDate(fee.asOf),
    ...(tax.ok ? { payRules: { tax: tax.rates, hraShare: hra.shareOfBasic } } : {}),
    payWords,
    pageUrl: absoluteUrl(siteRoot, staticPages.calculator.path),
    // The same salary as the calculator's defaults, and through one's own entity in Maharashtra.
    offers: [
      { salary: defaults.salary, state: defaults.state, model: defaults.model },
      { salary: defaults.salary, state: 'MH', model: 'entity' },
    ],
    words: islandWords,
    headingLevel,
  };
}
