/** /rss.xml: one item per guide (dated by its last update) and one per salary data set (dated by its as-of). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadContent } from '../data/content.ts';
import { absolute } from '../data/paths.ts';
import { feedItems } from '../lib/rss.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const root = absolute('/');
  return rss({
    title: site.name,
    description: site.tagline,
    site: root,
    items: feedItems(
      { guides: c.guides.map((g) => g.data), datasets: [...c.salaries.values()].map((d) => d.data) },
      root,
    ),
    customData: `<language>${site.lang}</language>`,
  });
};
