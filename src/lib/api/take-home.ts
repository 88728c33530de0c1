/** Builds the take-home document: the income-tax rules, and take-home at the middle of each band in each state. */
import type { EmployerCostParameter } from '../../schemas/employer-costs.ts';
import type { IncomeTaxParameter } from '../../schemas/income-tax.ts';
import type { SalaryDataset } from '../../schemas/salaries.ts';
import type { Source } from '../../schemas/sources.ts';
import { byId } from '../collections.ts';
import { stateCodes } from '../cost/codes.ts';
import { entryInForce } from '../cost/parameters.ts';
import { presetsOf } from '../cost/presets.ts';
import { ratesInForce } from '../cost/rates.ts';
import { latestDate } from '../dates.ts';
import { takeHomeAtBands, type BandSettings } from '../pay/bands.ts';
import type { PayLine } from '../pay/take-home.ts';
import { taxRatesInForce } from '../pay/tax-rates.ts';
import { absoluteUrl } from '../routes.ts';
import { schemaPath, sourceRefs, type BuildContext } from './common.ts';
import type { PayLineRecord, TakeHomeDocument, TakeHomeExample } from './schemas.ts';

/** What the take-home document is built from. */
export interface TakeHomeInput {
  taxRules: readonly IncomeTaxParameter[];
  employerCosts: readonly EmployerCostParameter[];
  hraShare: number;
  /** The wage share and PF setting every example uses (the calculator's defaults). */
  settings: Omit<BandSettings, 'state'>;
  datasets: readonly SalaryDataset[];
  sources: readonly Source[];
}

const lineRecord = (l: PayLine): PayLineRecord => ({
  id: l.id,
  label: l.label,
  annualInr: l.annualInr,
  applies: l.applies,
  rule: l.rule,
  sources: [...l.sourceIds],
});

/** The take-home document for the build date; examples only when every tax rule is on file for that day. */
export function buildTakeHomeDocument(input: TakeHomeInput, ctx: BuildContext): TakeHomeDocument {
  const onDate = ctx.generatedAt.slice(0, 10);
  const sources = byId(input.sources);
  const live = new Set(
    input.taxRules
      .filter((e) => entryInForce(input.taxRules, e.parameter, undefined, onDate, false) === e)
      .map((e) => e.id),
  );
  const rules = input.taxRules.map((e) => ({
    id: e.id,
    parameter: e.parameter,
    regime: e.regime,
    value: e.value ?? null,
    unit: e.unit ?? null,
    incomeLimit: e.incomeLimit ?? null,
    steps: e.steps ? e.steps.map((s) => ({ ...s })) : null,
    marginalRelief: e.marginalRelief ?? null,
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo ?? null,
    status: e.status,
    inForce: live.has(e.id),
    note: e.note,
    sources: sourceRefs(e.sources, sources),
  }));
  const picked = taxRatesInForce(input.taxRules, onDate);
  const examples: TakeHomeExample[] = [];
  if (picked.ok) {
    const r = ratesInForce(input.employerCosts, onDate);
    for (const d of input.datasets)
      for (const state of stateCodes)
        for (const { preset, result } of takeHomeAtBands(
          presetsOf(d),
          { ...input.settings, state },
          r,
          picked.rates,
          input.hraShare,
        ))
          if (result.ok)
            examples.push({
              dataset: d.id,
              band: preset.id,
              bandLabel: preset.label,
              state,
              grossAnnualInr: result.grossAnnualInr,
              ctcAnnualInr: result.ctcAnnualInr,
              structure: result.structure.map(lineRecord),
              deductions: result.deductions.map(lineRecord),
              tax: {
                taxableInr: result.tax.taxableInr,
                slabTaxInr: result.tax.slabTaxInr,
                rebateInr: result.tax.rebateInr,
                surchargeInr: result.tax.surchargeInr,
                cessInr: result.tax.cessInr,
                totalInr: result.tax.totalInr,
                reliefs: result.tax.reliefs,
              },
              takeHomeAnnualInr: result.takeHomeAnnualInr,
              takeHomeMonthlyInr: result.monthlyInr,
              otherMonths: result.otherMonths,
            });
  }
  const liveDates = rules.filter((r) => r.inForce).map((r) => r.effectiveFrom);
  return {
    $schema: absoluteUrl(ctx.site, schemaPath('take-home')),
    generatedAt: ctx.generatedAt,
    asOf: liveDates.length > 0 ? latestDate(liveDates) : onDate,
    onDate,
    taxYear: picked.ok ? { from: picked.rates.year.from, to: picked.rates.year.to ?? null } : null,
    notOnFile: picked.ok ? [] : picked.missing,
    settings: { ...input.settings, hraShareOfBasic: input.hraShare },
    rules,
    examples,
  };
}
