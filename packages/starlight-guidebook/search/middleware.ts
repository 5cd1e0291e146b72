import { defineMiddleware } from 'astro:middleware';
import tables from 'virtual:guidebook/search-tables';
import { recordUnknownWords } from './middleware-state.ts';
import { addSearchKeys, type LocaleSearch } from './page-keys.ts';
import { primaryLanguage } from './query.ts';
import { searchKeys } from './search-keys.ts';
import { pagefindStemmer } from './stemmers.ts';
import { parseWordTable } from './word-table.ts';

const locales = new Map<string, LocaleSearch>(
  Object.entries(tables).map(([locale, text]) => [
    locale,
    { keys: searchKeys(parseWordTable(text, `content/search/${locale}.tsv`)), stem: pagefindStemmer(locale) },
  ]),
);

/**
 * Adds each page's search keys (page-keys.ts) as the page is rendered, before Pagefind reads the
 * written files. Pages in other languages are passed through without being parsed.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const lang = primaryLanguage(/<html[^>]*\slang="([^"]*)"/.exec(html)?.[1]);
  const keyed = locales.has(lang) ? addSearchKeys(html, locales) : undefined;
  if (keyed) recordUnknownWords(lang, keyed.unknown);
  return new Response(keyed?.html ?? html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
