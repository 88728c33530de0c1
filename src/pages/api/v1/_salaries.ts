/** The salaries input, read from the content collections (shared by the JSON and CSV endpoints; not a route). */
import { loadContent } from '../../../data/content.ts';
import type { SalariesInput } from '../../../lib/api/salaries.ts';

/** Every salary data set with the exchange rates and sources it names. */
export async function salariesInput(): Promise<SalariesInput> {
  const c = await loadContent();
  return {
    datasets: [...c.salaries.values()].map((d) => d.data),
    exchangeRates: [...c.exchangeRates.values()].map((r) => r.data),
    sources: [...c.sources.values()].map((s) => s.data),
  };
}
