import { defineMiddleware } from 'astro:middleware';
import { addInlineHashes } from './inline-hashes.ts';

/**
 * Completes each page's CSP with the hashes of its inline scripts and styles (inline-hashes.ts)
 * as the page is rendered, before Astro writes it: a pass over the written files afterwards read
 * and wrote every page a second time.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const { html } = addInlineHashes(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
