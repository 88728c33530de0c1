/** Open Graph images, one 1200×630 PNG per page, drawn at build time with satori and resvg (no browser). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { ogImagePath, ogPages } from '../../data/pages.ts';
import { ogCard } from '../../lib/og.ts';
import { site } from '../../site.config.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`));
const fonts = [
  { name: 'Noto Sans', data: font('noto-sans-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Noto Sans', data: font('noto-sans-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
  {
    name: 'Noto Sans Devanagari',
    data: font('noto-sans-devanagari-700-normal.woff'),
    weight: 700 as const,
    style: 'normal' as const,
  },
];

export const getStaticPaths = (async () => {
  const pages = await ogPages();
  return pages.map((p) => ({
    params: {
      page: ogImagePath(p.path)
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { title: p.title, headline: p.headline },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, headline } = props as { title: string; headline: string };
  const svg = await satori(ogCard({ title, headline, siteName: site.name }) as never, {
    width: 1200,
    height: 630,
    fonts,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
