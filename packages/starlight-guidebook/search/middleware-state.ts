/**
 * What the middleware learns while pages render, for the integration when the build is done:
 * words the pages held that their locale's word table lacks, and each page's keys by the hash of
 * its HTML (kept in the build cache, so a rebuild does not read unchanged pages again). Both run
 * in the build's one process but are bundled apart, so the state lives on `globalThis`.
 */
export interface KeyedPageEntry {
  /** Where the block goes in the page's HTML; -1 when the page gets none. */
  end: number;
  block: string;
  unknown: readonly string[];
  locale: string;
}

const store = Symbol.for('guidebook.search.buildState');
interface State {
  unknown: Map<string, Set<string>>;
  pages: Map<string, KeyedPageEntry>;
}

function state(): State {
  const global = globalThis as { [store]?: State };
  global[store] ??= { unknown: new Map(), pages: new Map() };
  return global[store];
}

export function recordKeyedPage(hash: string, entry: KeyedPageEntry): void {
  state().pages.set(hash, entry);
  if (entry.unknown.length === 0) return;
  const set = state().unknown.get(entry.locale) ?? new Set<string>();
  for (const word of entry.unknown) set.add(word);
  state().unknown.set(entry.locale, set);
}

export function unknownWords(locale: string): string[] {
  return [...(state().unknown.get(locale) ?? [])].sort();
}

/** The pages keyed in this build, then forgotten (a dev server or test may build again). */
export function takeKeyedPages(): Record<string, KeyedPageEntry> {
  const pages = Object.fromEntries(state().pages);
  state().pages.clear();
  state().unknown.clear();
  return pages;
}
