/** /api/v1/guides.json: every guide's metadata and outline (headings read from the source; rendered only if unsure). */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { loadContent } from '../../../data/content.ts';
import { buildGuidesDocument } from '../../../lib/api/guides.ts';
import { jsonText } from '../../../lib/api/common.ts';
import { sourceHeadings } from '../../../lib/headings.ts';
import { buildContext, jsonResponse } from './_build.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const guides = await Promise.all(
    c.guides.map(async (g) => {
      const body = g.body ?? '';
      return { data: g.data, body, headings: sourceHeadings(body) ?? (await render(g)).headings };
    }),
  );
  const doc = buildGuidesDocument(
    {
      guides,
      authors: [...c.authors.values()].map((a) => a.data),
      roles: [...c.roles.values()].map((r) => r.data),
    },
    buildContext,
  );
  return jsonResponse(jsonText(doc));
};
