/** /api/v1/employer-costs.json: every dated statutory parameter and the ones in force on the build date. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../../data/content.ts';
import { jsonText } from '../../../lib/api/common.ts';
import { buildEmployerCostsDocument } from '../../../lib/api/employer-costs.ts';
import { buildContext, jsonResponse } from './_build.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const doc = buildEmployerCostsDocument(
    { parameters: c.employerCosts.map((e) => e.data), sources: [...c.sources.values()].map((s) => s.data) },
    buildContext,
  );
  return jsonResponse(jsonText(doc));
};
