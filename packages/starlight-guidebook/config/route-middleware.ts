import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './base-path.ts';

/**
 * Starlight renders hero action links as written; the Markdown links are prefixed by
 * rehypeBaseLinks. This adds the site's base to the hero's root-relative links as well.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const base = import.meta.env.BASE_URL;
  const actions = context.locals.starlightRoute.entry.data.hero?.actions;
  if (!actions || base === '/') return;
  for (const action of actions) action.link = withBase(base, action.link);
});
