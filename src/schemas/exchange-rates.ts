/** Dated planning exchange rates: one entry of content/data/exchange-rates.yaml. */
import { z } from 'astro/zod';
import { currencySchema, idSchema, pastDateSchema, sourceRefsSchema, textSchema } from './common.ts';

/** Months after its as-of date at which a rate counts as stale, unless the entry sets its own limit. */
export const DEFAULT_RATE_STALE_MONTHS = 3;

/** How many units of `quote` one unit of `base` buys on `asOf`. */
export const exchangeRateSchema = z
  .strictObject({
    id: idSchema.describe('Short unique id that salary data sets use, e.g. usd-inr-2026-04.'),
    base: currencySchema.describe('The currency of one unit, e.g. USD.'),
    quote: currencySchema.describe('The currency the rate is expressed in, e.g. INR.'),
    rate: z
      .number()
      .positive({ error: 'The rate must be a number above zero, e.g. 84.' })
      .describe('Units of the quote currency per one unit of the base currency, e.g. 84 (₹84 per US$).'),
    asOf: pastDateSchema.describe('The date the rate applies to (YYYY-MM-DD).'),
    sources: sourceRefsSchema,
    staleAfterMonths: z
      .number()
      .int()
      .positive({ error: 'Write a whole number of months above zero, e.g. 3.' })
      .optional()
      .describe(
        `Months after asOf when pages and the build flag the rate as stale; ${DEFAULT_RATE_STALE_MONTHS} when left out.`,
      ),
    note: textSchema.optional().describe('Why this rate was chosen, for readers.'),
  })
  .refine((r) => r.base !== r.quote, { error: 'The base and quote currencies must differ.', path: ['quote'] });

/** A parsed exchange-rate entry. */
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;
