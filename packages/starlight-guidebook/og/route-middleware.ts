import config from 'virtual:guidebook/config';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardInput } from './card-input.ts';
import { cardPath, cardSlug } from './paths.ts';
import { recordCard } from './registry.ts';

/**
 * Points every page's social preview at its card, and records what the card shows (the title and
 * language from Starlight's route data) for the OG integration, which draws the cards as soon as
 * the pages are generated.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const { site } = context;
  if (!site) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const slug = cardSlug(context.url.pathname, base);
  const image = new URL(`${base}${cardPath(slug)}`, site).href;
  const { head, entry, lang } = context.locals.starlightRoute;
  head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: entry.data.title } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
  );
  // The site's 404.html, served for every missing address, is never shared: it gets no card.
  if (!/^404(\.html)?$/.test(slug)) recordCard(slug, cardInput(entry.data.title, lang, slug, config));
});
