/** Builds the salaries document and CSV: every band of every data set as one flat record. */
import type { ExchangeRate } from '../../schemas/exchange-rates.ts';
import type { Band, SalaryDataset } from '../../schemas/salaries.ts';
import type { Source } from '../../schemas/sources.ts';
import { latestDate } from '../dates.ts';
import { toCsv } from '../cost/csv.ts';
import { bandRange, toUsd } from '../salaries.ts';
import { byId, entryOf } from '../collections.ts';
import { absoluteUrl, datasetUrl } from '../routes.ts';
import { schemaPath, sourceRefs, type BuildContext } from './common.ts';
import type { BandRecord, DatasetRecord, RateRef, SalariesDocument } from './schemas.ts';

/** What the salaries document is built from. */
export interface SalariesInput {
  datasets: readonly SalaryDataset[];
  exchangeRates: readonly ExchangeRate[];
  sources: readonly Source[];
}

const rateRef = (r: ExchangeRate): RateRef => ({ id: r.id, base: r.base, quote: r.quote, rate: r.rate, asOf: r.asOf });

/** The data set's exchange rate (the content reader has checked that it exists and is quoted per US dollar). */
function datasetRate(d: SalaryDataset, rates: ReadonlyMap<string, ExchangeRate>): ExchangeRate {
  return entryOf(rates, d.exchangeRate);
}

/** One band as a flat record: whole units, lakh as written, and dollars derived at the data set's dated rate. */
export function bandRecord(
  d: SalaryDataset,
  band: Band,
  rate: ExchangeRate,
  sources: ReadonlyMap<string, Source>,
): BandRecord {
  // The data set's schema has checked that every band names one of its levels and segments.
  const level = entryOf(byId(d.levels), band.level);
  const segment = entryOf(byId(d.segments), band.segment);
  const range = bandRange(band);
  const isUsd = band.currency === 'USD';
  // Only USD bands and bands in the rate's quote currency have a dollar figure; USD bands are not rounded.
  const derived = !isUsd && band.currency === rate.quote;
  const usd = isUsd || derived ? toUsd(range, rate.rate, d.usdRounding) : undefined;
  const inLakh = band.currency === 'INR';
  return {
    dataset: d.id,
    role: d.role,
    country: segment.country,
    level: level.id,
    levelLabel: level.label,
    minYears: level.minYears,
    maxYears: level.maxYears ?? null,
    segment: segment.id,
    segmentLabel: segment.label,
    basis: segment.basis,
    currency: band.currency,
    min: range.min,
    max: range.max,
    minLakh: inLakh ? band.min : null,
    maxLakh: inLakh ? band.max : null,
    openEnded: band.openEnded,
    usdMin: usd?.min ?? null,
    usdMax: usd?.max ?? null,
    usdDerived: derived,
    usdRounding: derived ? d.usdRounding : null,
    exchangeRate: derived ? rateRef(rate) : null,
    asOf: d.asOf,
    sources: sourceRefs(band.sources, sources),
  };
}

/** A data set's summary record (without its bands). */
function datasetRecord(
  d: SalaryDataset,
  rate: ExchangeRate,
  sources: ReadonlyMap<string, Source>,
  site: string,
): DatasetRecord {
  return {
    id: d.id,
    title: d.title,
    url: datasetUrl(site, d.id),
    role: d.role,
    country: d.country,
    currency: d.currency,
    asOf: d.asOf,
    exchangeRate: rateRef(rate),
    usdRounding: d.usdRounding,
    sources: sourceRefs(d.sources, sources),
  };
}

/** The input made ready once: data sets in a stable order whatever the loader's (by id), each with its rate, and the sources by id. */
interface Prepared {
  datasets: { d: SalaryDataset; rate: ExchangeRate }[];
  sources: ReadonlyMap<string, Source>;
}

function prepare(input: SalariesInput): Prepared {
  const rates = byId(input.exchangeRates);
  return {
    datasets: input.datasets
      .toSorted((a, b) => a.id.localeCompare(b.id))
      .map((d) => ({ d, rate: datasetRate(d, rates) })),
    sources: byId(input.sources),
  };
}

const bandRecords = ({ datasets, sources }: Prepared): BandRecord[] =>
  datasets.flatMap(({ d, rate }) => d.bands.map((b) => bandRecord(d, b, rate, sources)));

/** Every band of every data set: data sets by id, then bands in the order written. */
export function salaryBandRecords(input: SalariesInput): BandRecord[] {
  return bandRecords(prepare(input));
}

/** The salaries document; `asOf` is the latest data set `asOf`. */
export function buildSalariesDocument(input: SalariesInput, ctx: BuildContext): SalariesDocument {
  const prepared = prepare(input);
  return {
    $schema: absoluteUrl(ctx.site, schemaPath('salaries')),
    generatedAt: ctx.generatedAt,
    asOf: latestDate(input.datasets.map((d) => d.asOf)),
    datasets: prepared.datasets.map(({ d, rate }) => datasetRecord(d, rate, prepared.sources, ctx.site)),
    bands: bandRecords(prepared),
  };
}

/** CSV columns, in order: the band record's fields, with the exchange rate spread over three columns. */
export const SALARY_CSV_COLUMNS = [
  'dataset',
  'role',
  'country',
  'level',
  'levelLabel',
  'minYears',
  'maxYears',
  'segment',
  'segmentLabel',
  'basis',
  'currency',
  'min',
  'max',
  'minLakh',
  'maxLakh',
  'openEnded',
  'usdMin',
  'usdMax',
  'usdDerived',
  'usdRounding',
  'exchangeRate',
  'exchangeRateValue',
  'exchangeRateAsOf',
  'asOf',
  'sources',
] as const;

/** A CSV column name. */
type SalaryCsvColumn = (typeof SALARY_CSV_COLUMNS)[number];

const cell = (v: string | number | boolean | null): string => (v === null ? '' : String(v));

/** One band record as CSV fields (null is an empty field; sources are ids joined by "; "). */
function bandCsvRow(r: BandRecord): Record<SalaryCsvColumn, string> {
  return {
    dataset: r.dataset,
    role: r.role,
    country: r.country,
    level: r.level,
    levelLabel: r.levelLabel,
    minYears: cell(r.minYears),
    maxYears: cell(r.maxYears),
    segment: r.segment,
    segmentLabel: r.segmentLabel,
    basis: r.basis,
    currency: r.currency,
    min: cell(r.min),
    max: cell(r.max),
    minLakh: cell(r.minLakh),
    maxLakh: cell(r.maxLakh),
    openEnded: cell(r.openEnded),
    usdMin: cell(r.usdMin),
    usdMax: cell(r.usdMax),
    usdDerived: cell(r.usdDerived),
    usdRounding: cell(r.usdRounding),
    exchangeRate: r.exchangeRate?.id ?? '',
    exchangeRateValue: cell(r.exchangeRate?.rate ?? null),
    exchangeRateAsOf: r.exchangeRate?.asOf ?? '',
    asOf: r.asOf,
    sources: r.sources.map((s) => s.id).join('; '),
  };
}

/** The band records as RFC 4180 CSV: a header row, then one row per band. */
export function salariesCsv(records: readonly BandRecord[]): string {
  return toCsv([
    [...SALARY_CSV_COLUMNS],
    ...records.map((r) => {
      const row = bandCsvRow(r);
      return SALARY_CSV_COLUMNS.map((c) => row[c]);
    }),
  ]);
}
