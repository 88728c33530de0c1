/** /hiring/job-descriptions/<id>.md and .txt: each template as a file, so it downloads in one click without JavaScript. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHiring, provenance } from '../../../data/hiring.ts';
import { jobDescriptionMarkdown, jobDescriptionText, type JobDescription } from '../../../lib/job-description.ts';

export const getStaticPaths = (async () => {
  const { templates } = await loadHiring();
  return templates.flatMap((t) =>
    (['md', 'txt'] as const).map((format) => ({ params: { file: `${t.id}.${format}` }, props: { t, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { t, format } = props as { t: JobDescription; format: 'md' | 'txt' };
  const text = format === 'md' ? jobDescriptionMarkdown(t, provenance) : jobDescriptionText(t, provenance);
  const type = format === 'md' ? 'text/markdown' : 'text/plain';
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
