/**
 * Words the pages held that their locale's word table lacks, gathered by the middleware while
 * pages render and reported by the integration when the build is done. Both run in the build's
 * one process but are bundled apart, so the set lives on `globalThis`.
 */
const store = Symbol.for('guidebook.search.unknownWords');
type Store = Map<string, Set<string>>;

function words(): Store {
  const global = globalThis as { [store]?: Store };
  global[store] ??= new Map();
  return global[store];
}

export function recordUnknownWords(locale: string, unknown: readonly string[]): void {
  if (unknown.length === 0) return;
  const set = words().get(locale) ?? new Set<string>();
  for (const word of unknown) set.add(word);
  words().set(locale, set);
}

export function unknownWords(locale: string): string[] {
  return [...(words().get(locale) ?? [])].sort();
}
