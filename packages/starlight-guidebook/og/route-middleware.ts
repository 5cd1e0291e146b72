import config from 'virtual:guidebook/config';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardInput } from './card-input.ts';
import { cardPath, cardSlug } from './paths.ts';
import { recordCard } from './registry.ts';

/** A "page not found" page: the root one (`404`) or a locale's (`en/404`). */
export function isNotFoundPage(id: string): boolean {
  return id === '404' || id.endsWith('/404');
}

/**
/**
 * Points every page's social preview at its card, and records what the card shows (the title and
 * language from Starlight's route data) for the OG integration, which draws the cards as soon as
 * the pages are generated. A "not found" page is served at any missing address: it has no address
 * of its own to name as canonical or og:url, and no card; its preview is the card of its
 * language's home page.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const { site } = context;
  if (!site) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const { head, entry, id, lang, locale } = context.locals.starlightRoute;
  const notFound = isNotFoundPage(id);
  const slug = notFound ? (locale ? locale : 'index') : cardSlug(context.url.pathname, base);
  const image = new URL(`${base}${cardPath(slug)}`, site).href;
  if (notFound) {
    const own = (tag: { tag: string; attrs?: Record<string, string | boolean | undefined> }) =>
      (tag.tag === 'link' && tag.attrs?.rel === 'canonical') ||
      (tag.tag === 'meta' && tag.attrs?.property === 'og:url');
    for (let i = head.length - 1; i >= 0; i--) if (own(head[i] as Parameters<typeof own>[0])) head.splice(i, 1);
  }
  head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: entry.data.title } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
  );
  // Not-found pages show their home page's card and draw none of their own.
  if (!notFound) recordCard(slug, cardInput(entry.data.title, lang, slug, config));
});
