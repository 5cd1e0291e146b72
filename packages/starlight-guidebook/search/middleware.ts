import { defineMiddleware } from 'astro:middleware';
import { createHash } from 'node:crypto';
import { cachedPages, tables } from 'virtual:guidebook/search-tables';
import { type KeyedPageEntry, recordKeyedPage } from './middleware-state.ts';
import { addSearchKeys, type LocaleSearch } from './page-keys.ts';
import { primaryLanguage } from './query.ts';
import { searchKeys } from './search-keys.ts';
import { pagefindStemmer } from './stemmers.ts';
import { parseWordTable } from './word-table.ts';

let locales: Map<string, LocaleSearch> | undefined;
/** The tables' keys, made when the first page not in the cache needs them. */
const localeSearch = () => {
  locales ??= new Map(
    Object.entries(tables).map(([locale, text]) => [
      locale,
      { keys: searchKeys(parseWordTable(text, `content/search/${locale}.tsv`)), stem: pagefindStemmer(locale) },
    ]),
  );
  return locales;
};

function keyPage(html: string, locale: string): KeyedPageEntry {
  const { end, block, unknown } = addSearchKeys(html, localeSearch());
  return { end, block, unknown, locale };
}

/**
 * Adds each page's search keys (page-keys.ts) as the page is rendered, before Pagefind reads the
 * written files. A page whose HTML is the same as in the last build gets the keys it got then,
 * without being read again; pages in other languages pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const locale = primaryLanguage(/<html[^>]*\slang="([^"]*)"/.exec(html)?.[1]);
  let out = html;
  if (locale in tables) {
    const hash = createHash('sha256').update(html).digest('base64url');
    const entry = cachedPages[hash] ?? keyPage(html, locale);
    recordKeyedPage(hash, entry);
    if (entry.end >= 0) out = html.slice(0, entry.end) + entry.block + html.slice(entry.end);
  }
  return new Response(out, { status: response.status, statusText: response.statusText, headers: response.headers });
});
