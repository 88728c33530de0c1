/** The Open Graph card as a satori element tree: title, headline figure and site name on a plain panel. */

/** A satori node (the shape of a JSX element, without React). */
interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (OgNode | string)[] | OgNode | string | undefined };
}

const el = (type: string, style: Record<string, string | number>, children: OgNode['props']['children']): OgNode => ({
  type,
  props: { style, children },
});

/** Raise when a change outside the element tree (fonts, sizes, renderer options) alters the cards: cached ones are redrawn. */
export const OG_CARD_VERSION = 1;

/** What a card shows. */
export interface OgCardInput {
  title: string;
  headline: string;
  siteName: string;
}

/**
 * A 1200×630 card. Colours match the site's light theme. The blue band along the top is a box of its own, not a
 * border: satori draws a border through three nested clip paths, and resvg rasterises each over the whole card,
 * which took two thirds of a card's drawing time.
 */
export function ogCard({ title, headline, siteName }: OgCardInput): OgNode {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: '#ffffff',
      color: '#1b1f24',
      fontFamily: 'Noto Sans, Noto Sans Devanagari',
    },
    [
      el('div', { height: 24, background: '#1f4e8c' }, undefined),
      el(
        'div',
        { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72 },
        [
          el('div', { fontSize: 30, color: '#4d5562', fontWeight: 700 }, siteName),
          el('div', { fontSize: title.length > 40 ? 64 : 76, fontWeight: 700, lineHeight: 1.1 }, title),
          el('div', { fontSize: 40, color: '#b3541e', fontWeight: 700 }, headline),
        ],
      ),
    ],
  );
}
