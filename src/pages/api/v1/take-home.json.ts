/** /api/v1/take-home.json: the income-tax rules, and take-home at the middle of each salary band in each state. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../../data/content.ts';
import { takeHomeData } from '../../../data/take-home.ts';
import { jsonText } from '../../../lib/api/common.ts';
import { buildTakeHomeDocument } from '../../../lib/api/take-home.ts';
import { bandSettings } from '../../../lib/pay/bands.ts';
import { buildContext, jsonResponse } from './_build.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const { taxRules, employerCosts, hra } = await takeHomeData();
  const doc = buildTakeHomeDocument(
    {
      taxRules,
      employerCosts,
      hraShare: hra.shareOfBasic,
      settings: bandSettings,
      datasets: [...c.salaries.values()].map((d) => d.data),
      sources: [...c.sources.values()].map((s) => s.data),
    },
    buildContext,
  );
  return jsonResponse(jsonText(doc));
};
