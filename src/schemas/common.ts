/** Building blocks shared by every content schema: ids, dates, references, currencies. */
import { z } from 'astro/zod';

/** Today's date as `YYYY-MM-DD` (UTC): the limit for as-of and accessed dates. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A lower-case, hyphenated identifier such as `glassdoor-mlops-india`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use lower-case letters, digits and single hyphens only, e.g. "glassdoor-mlops-india".',
});

/** A message for a value that is there but wrong; a missing value keeps the reader's "This field is missing." */
const whenPresent =
  (message: string) =>
  (issue: { input: unknown }): string | undefined =>
    issue.input === undefined ? undefined : message;

/** A calendar date written `YYYY-MM-DD`. YAML front matter may hand us a Date; we keep strings. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: whenPresent('Write the date as YYYY-MM-DD, e.g. 2026-04-22.') }),
);

/** A date that may not lie after today (as-of, accessed, published dates). */
export const pastDateSchema = isoDateSchema.refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || d <= todayIso(), {
  error: 'This date is in the future. Use the date the figure was true or the page was read.',
});

/** A two-letter ISO 3166 country code such as `IN` or `US`. */
export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code in capitals, e.g. IN or US.' });

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/** A three-letter ISO 4217 currency code such as `INR` or `USD`. */
export const currencySchema = z.string().refine((code) => knownCurrencies.has(code), {
  error: 'Use a three-letter currency code in capitals, e.g. INR or USD.',
});

/** One or more ids from content/data/sources.yaml. */
export const sourceRefsSchema = z
  .array(idSchema)
  .min(1, { error: 'List at least one source id from content/data/sources.yaml.' })
  .describe('Ids of the entries in content/data/sources.yaml that back this figure.');

/** A public web address: `https:` or `http:` only, so no `javascript:` or `data:` address is ever rendered as a link. */
export const webAddressSchema = z.httpUrl({
  error: whenPresent('Write the full web address, starting with https:// (or http://).'),
});

/** A short piece of plain text an editor writes. */
export const textSchema = z.string().trim().min(1, { error: 'This text may not be empty.' });
