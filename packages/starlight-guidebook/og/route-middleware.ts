import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardPath, cardSlug } from './paths.ts';

/** Points every page's social preview at its card, which the OG integration renders after the build. */
export const onRequest = defineRouteMiddleware((context) => {
  const { site } = context;
  if (!site) return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const image = new URL(`${base}${cardPath(cardSlug(context.url.pathname, base))}`, site).href;
  const { head, entry } = context.locals.starlightRoute;
  head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: entry.data.title } },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
  );
});
