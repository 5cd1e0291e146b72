import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import type { PrecacheEntry } from './precache.ts';

/**
 * The site's service worker, bundled by esbuild at the end of the build (integration.ts) with
 * Workbox's modules; the build fills in the constants below.
 * - Install: stores the precache list (precache.ts): worksheets, tools, scripts, styles, search.
 * - Pages and PDFs: from the network when there is one, so a new deployment shows at once; what
 *   was opened is kept and shown when the network is gone. A page never opened falls back to the
 *   stored copy of the install, then to the offline page of the address's language.
 * - A new deployment has a new list, hence a new worker, which takes over at once and deletes the
 *   files the old list had (nobody stays on old files).
 * Nothing here sends anything anywhere: every request is the page's own, to the site itself.
 */
// The few parts of the worker's global scope used here (the DOM's types are the project's).
declare const self: { skipWaiting(): Promise<void>; location: Location };
declare const PRECACHE: PrecacheEntry[];
/** Offline page per locale folder (`''` is the root locale): `{ "": "/offline/", "en": "/en/offline/" }`. */
declare const OFFLINE_PAGES: Record<string, string>;
declare const BASE: string;

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precache(PRECACHE);

const sameSite = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(BASE);
// Workbox declares its plugins' optional callbacks as possibly undefined, which this project's
// exactOptionalPropertyTypes does not accept as a plugin; the object is the one Workbox expects.
const expiring = (maxEntries: number) =>
  [new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true })] as unknown as WorkboxPlugin[];

// PDFs (opened as pages or fetched by the answers button): fresh when online, kept for offline.
registerRoute(
  ({ url, request }) => sameSite(url) && request.method === 'GET' && url.pathname.endsWith('.pdf'),
  new NetworkFirst({ cacheName: 'guidebook-pdfs', networkTimeoutSeconds: 10, plugins: expiring(60) }),
);

const pages = new NetworkFirst({ cacheName: 'guidebook-pages', networkTimeoutSeconds: 6, plugins: expiring(200) });
registerRoute(
  ({ url, request }) => sameSite(url) && request.mode === 'navigate',
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      const { pathname } = new URL(options.request.url);
      return (
        (await matchPrecache(pathname.endsWith('/') ? pathname : `${pathname}/`)) ??
        (await matchPrecache(offlinePage(pathname))) ??
        Response.error()
      );
    }
  },
);

// Scripts, styles and the search index stored at install come from the store (their names change
// with their content, or the list's revision does).
addRoute({ ignoreURLParametersMatching: [/.*/], directoryIndex: '', cleanURLs: false });

// Anything else of the site's (images, the answers font, fontkit): stored when first used.
registerRoute(
  ({ url, request }) => sameSite(url) && request.method === 'GET' && !url.pathname.endsWith('/sw.js'),
  new StaleWhileRevalidate({ cacheName: 'guidebook-assets', plugins: expiring(100) }),
);

function offlinePage(pathname: string): string {
  const folder = pathname.slice(BASE.length).split('/')[0] ?? '';
  return OFFLINE_PAGES[folder] ?? OFFLINE_PAGES[''] ?? `${BASE}offline/`;
}
