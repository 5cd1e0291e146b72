/** The primary language of a `lang` attribute: "fi" from "fi-FI". */
export const primaryLanguage = (lang: string | undefined) => lang?.toLowerCase().split('-')[0] ?? '';

/**
 * The browser's table of word forms (`search-forms/<locale>.json`): each search key with the
 * forms, base forms and compound parts that are searched as it, space-separated. Grouped by key,
 * so the file holds each key once.
 */
export type FormsFile = Record<string, string>;

/** The browser table's file from the map of word → key (search-keys.ts `queryTable()`). */
export function formsFile(queryTable: ReadonlyMap<string, string>): FormsFile {
  const byKey = new Map<string, string[]>();
  for (const [word, key] of queryTable) byKey.set(key, [...(byKey.get(key) ?? []), word]);
  return Object.fromEntries(
    [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, words]) => [key, words.sort().join(' ')]),
  );
}

/** word → key, read back from the file. */
export function formsTable(file: FormsFile): Map<string, string> {
  const table = new Map<string, string>();
  for (const [key, words] of Object.entries(file)) for (const word of words.split(' ')) table.set(word, key);
  return table;
}

/**
 * A query as Pagefind should see it: every word the table knows replaced by its key (the same
 * tokenizer as the pages' words: runs of letters and digits, lowercased), everything else kept
 * as typed, so English words, quotes and unknown words reach Pagefind's own stemming unchanged.
 */
export function rewriteQuery(query: string, table: ReadonlyMap<string, string>, locale: string): string {
  return query.replace(/[\p{L}\p{N}]+/gu, (word) => table.get(word.toLocaleLowerCase(locale)) ?? word);
}
