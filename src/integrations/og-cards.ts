/**
 * Starts drawing the guides' Open Graph cards when `astro build` starts, before Vite bundles the site: the cards
 * need only each guide's title and salary data, which the content reader has already read, so the worker draws on
 * the core Vite leaves idle. The OG route later asks the same pool (src/pages/og/_cards.ts) for every card; one it
 * cannot find drawn is drawn then, so the early start only ever saves time.
 */
import type { AstroIntegration } from 'astro';
import { contentAt, type Content } from '../lib/content/reader.ts';
import type { OgCardInput } from '../lib/og.ts';
import { salaryHeadline } from '../lib/salaries.ts';
import { sharedCards } from '../pages/og/_cards.ts';
import { site } from '../site.config.ts';

/** The guides' cards as the OG route makes them (src/data/pages.ts), from the content reader's collections. */
export function guideCards(content: Pick<Content, 'collections' | 'guides'>): OgCardInput[] {
  const { salaries, roles } = content.collections;
  return content.guides.flatMap((guide) => {
    const dataset = salaries.find((d) => d.id === guide.data.salaryData)?.data;
    if (!dataset) return [];
    const role = roles.find((r) => r.id === dataset.role)?.data.name;
    return [{ title: guide.data.title, headline: salaryHeadline(dataset, role), siteName: site.name }];
  });
}

/** Astro integration: the guides' cards start drawing at astro:build:start. */
export function ogCardsEarly(): AstroIntegration {
  return {
    name: 'og-cards-early',
    hooks: {
      'astro:build:start': () => {
        const content = contentAt(process.cwd());
        // Content with problems fails the build in its loaders, with the reader's messages.
        if (content.problems.length === 0) sharedCards().prewarm(guideCards(content));
      },
    },
  };
}
