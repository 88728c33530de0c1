/** Draws one Open Graph card: satori lays out the element tree as SVG, resvg turns it into a PNG. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_CARD_VERSION, ogCard, type OgCardInput } from '../../lib/og.ts';
import { ogCacheKey } from '../../lib/og-cache.ts';

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

const SIZE = { width: 1200, height: 630 } as const;
const RESVG = { fitTo: { mode: 'width', value: SIZE.width }, font: { loadSystemFonts: false } } as const;

const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/** Everything besides the element tree that shapes a card's pixels, as one string for the cache key. */
const renderer = JSON.stringify({
  card: OG_CARD_VERSION,
  size: SIZE,
  resvg: RESVG,
  satoriVersion: versionOf('satori'),
  resvgVersion: versionOf('@resvg/resvg-js'),
  fonts: fonts.map((f) => [f.name, f.weight, createHash('sha256').update(f.data).digest('hex')]),
});

/** The cache key of a card. */
export const cardKey = (card: OgCardInput): string => ogCacheKey(ogCard(card), renderer);

/** The card as a PNG. */
export async function drawCard(card: OgCardInput): Promise<Uint8Array> {
  const svg = await satori(ogCard(card) as never, { ...SIZE, fonts });
  return new Uint8Array(new Resvg(svg, RESVG).render().asPng());
}
