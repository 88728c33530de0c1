/**
 * Open Graph images, one 1200×630 PNG per page, drawn at build time with satori and resvg (no browser), cached
 * across builds in node_modules/.cache/og/ and drawn in worker threads from the start of the build (see _cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImagePath, ogPages } from '../../data/pages.ts';
import { site } from '../../site.config.ts';
import { sharedCards } from './_cards.ts';

const cards = sharedCards();

export const getStaticPaths = (async () => {
  const pages = await ogPages();
  const props = pages.map((p) => ({ title: p.title, headline: p.headline, siteName: site.name }));
  // Astro collects every route's paths before rendering any: the workers start drawing now.
  if (!import.meta.env.DEV) cards.prepare(props);
  return pages.map((p, i) => ({
    params: {
      page: ogImagePath(p.path)
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: props[i]!,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, headline, siteName } = props as { title: string; headline: string; siteName: string };
  const png = await cards.png({ title, headline, siteName });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
