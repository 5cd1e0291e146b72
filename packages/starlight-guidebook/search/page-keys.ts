import { primaryLanguage } from './query.ts';
import type { SearchKeys } from './search-keys.ts';
import { indexedRegion, searchKeysAttribute, wordsOf } from './words.ts';

export interface KeyedPage {
  html: string;
  /** Keys added to the page (those its text did not hold already). */
  added: number;
  /** Words of the page that the locale's word table does not list. */
  unknown: readonly string[];
  /** The hidden block ('' when none) and where it went in the page's HTML (-1 when none). */
  block: string;
  end: number;
}

/**
 * Adds a page's search keys (base forms and compound parts of its words, see search-keys.ts) as a
 * hidden block at the end of the region Pagefind indexes, like the compound-part block: neither
 * sighted readers nor screen readers meet it. A key the page's text already holds, or that
 * Pagefind would find through another word of the page, is left out.
 * Pages in a locale without a word table are returned as they are.
 */
export interface LocaleSearch {
  keys: SearchKeys;
  /** Pagefind's stemmer for the language, when it stems it (stemmers.ts). */
  stem?: ((word: string) => string) | undefined;
}

export function addSearchKeys(html: string, locales: ReadonlyMap<string, LocaleSearch>): KeyedPage {
  const region = indexedRegion(html);
  const lang = primaryLanguage(region?.lang);
  const search = locales.get(lang);
  if (!region || !search) return { html, added: 0, unknown: [], block: '', end: -1 };
  const words = new Set(wordsOf(region.text, lang));
  const candidates = new Set<string>();
  const unknown: string[] = [];
  for (const word of words) {
    if (!search.keys.known(word)) unknown.push(word);
    for (const key of search.keys.pageKeys(word)) if (!words.has(key)) candidates.add(key);
  }
  const added = search.stem ? keysPagefindWouldMiss(candidates, words, search.stem) : [...candidates].sort();
  if (added.length === 0) return { html, added: 0, unknown, block: '', end: -1 };
  const block = `<div hidden aria-hidden="true" ${searchKeysAttribute}>${added.join(' ')}</div>`;
  const keyed = html.slice(0, region.end) + block + html.slice(region.end);
  return { html: keyed, added: added.length, unknown, block, end: region.end };
}

/**
 * The keys Pagefind would not find on the page by itself. Pagefind stems a query word and finds
 * every indexed word whose stem begins with that stem (pagefind_web `find_word_extensions`), so a
 * key is covered when the stem of a page word, or of a key already kept, begins with the key's
 * stem: a form that stems like its base form covers it, and so does a compound key that begins
 * with it (in English terms, "walks" covers "walk", and "walkway" too). Keys are taken
 * longest stem first, so of two keys with one stem one is kept. Covered keys would only make the
 * index larger; a browser test searches every key and fails if a page it belongs to is not found.
 */
export function keysPagefindWouldMiss(
  keys: ReadonlySet<string>,
  words: ReadonlySet<string>,
  stem: (word: string) => string,
): string[] {
  const stems = [...new Set([...words].map(stem))].sort();
  const extended = (sorted: readonly string[], prefix: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    return low < sorted.length && (sorted[low] as string).startsWith(prefix);
  };
  const byStem = [...keys].map((key) => ({ key, stem: stem(key) }));
  byStem.sort((a, b) => b.stem.length - a.stem.length || (a.key < b.key ? -1 : 1));
  const kept: string[] = [];
  const keptStems: string[] = [];
  for (const { key, stem: s } of byStem) {
    if (extended(stems, s) || keptStems.some((k) => k.startsWith(s))) continue;
    kept.push(key);
    keptStems.push(s);
  }
  return kept.sort();
}
