/** /rss.xml: one item per guide (dated by its publication) and one per salary data set (dated by its as-of). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadContent } from '../data/content.ts';
import { hiringFeed } from '../data/hiring.ts';
import { siteRoot } from '../data/paths.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { ATOM_NS, channelExtras, feedItems, lastChanged } from '../lib/rss.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const c = await loadContent();
  const input = {
    guides: c.guides.map((g) => ({ ...g.data, updated: c.updated.get(g.data.slug)! })),
    datasets: [...c.salaries.values()].map((d) => d.data),
    pages: await hiringFeed(siteRoot),
  };
  return rss({
    title: site.name,
    description: site.tagline,
    site: siteRoot,
    xmlns: { atom: ATOM_NS },
    items: feedItems(input, siteRoot),
    customData: channelExtras({
      lang: site.lang,
      selfUrl: absoluteUrl(siteRoot, '/rss.xml'),
      lastBuildDate: lastChanged(input),
    }),
  });
};
