/** /hiring/job-descriptions/<id>.md and .txt: each posting as a file, with its placeholders, downloadable without JavaScript. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHiring } from '../../../data/hiring.ts';
import type { JobDescription } from '../../../lib/job-description.ts';
import { postingMarkdown, postingText } from '../../../lib/job-post.ts';

export const getStaticPaths = (async () => {
  const { templates } = await loadHiring();
  return templates.flatMap((t) =>
    (['md', 'txt'] as const).map((format) => ({ params: { file: `${t.id}.${format}` }, props: { t, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { t, format } = props as { t: JobDescription; format: 'md' | 'txt' };
  const text = format === 'md' ? postingMarkdown(t.posting, {}) : postingText(t.posting, {});
  const type = format === 'md' ? 'text/markdown' : 'text/plain';
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
