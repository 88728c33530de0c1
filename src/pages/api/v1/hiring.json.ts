/** /api/v1/hiring.json: the interview kit, the job-description templates with their bands, and the employment basics. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../../data/content.ts';
import { loadHiring } from '../../../data/hiring.ts';
import { jsonText } from '../../../lib/api/common.ts';
import { buildHiringDocument } from '../../../lib/api/hiring.ts';
import { buildContext, jsonResponse } from './_build.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const h = await loadHiring();
  const doc = buildHiringDocument(
    {
      steps: h.steps,
      attributes: [...h.attributes.values()],
      skills: h.skills,
      scopes: h.scopes,
      basics: h.basics,
      datasets: [...c.salaries.values()].map((d) => d.data),
      sources: [...c.sources.values()].map((s) => s.data),
    },
    buildContext,
  );
  return jsonResponse(jsonText(doc));
};
