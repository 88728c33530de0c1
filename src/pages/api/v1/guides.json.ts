/** /api/v1/guides.json: every guide's metadata and outline (headings from the compiled MDX, which is not rendered here). */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { guideFile, loadContent } from '../../../data/content.ts';
import { buildGuidesDocument } from '../../../lib/api/guides.ts';
import { jsonText } from '../../../lib/api/common.ts';
import { buildContext, jsonResponse } from './_build.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const guides = await Promise.all(
    c.guides.map(async (g) => ({
      data: { ...g.data, updated: c.updated.get(g.data.slug)! },
      wordCount: guideFile(g.data.slug).wordCount,
      headings: (await render(g)).headings,
    })),
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
