import type { WordTable } from './word-table.ts';

/**
 * Search keys from a word table: the words the engine adds to a page so that Pagefind finds it
 * by base form, and the key a typed word is replaced by before searching.
 *
 * Pagefind matches every word of a query (AND), so a typed form must become one word that every
 * page holding the same lexeme carries. An analyser often gives a form more than one base form
 * (as English "saw" is a form of "see" and a noun of its own). Two steps make that one key:
 * - a base form that no form of the site has as its only reading is dropped when another
 *   reading is left (the analyser's rare alternatives, which no page uses);
 * - base forms still sharing a form are joined into one group (union-find), whose key is the
 *   member most forms lead to.
 * Both steps read only the table: the engine knows no words of any language.
 */
export interface SearchKeys {
  /** Whether the table lists the form (analysed, known to the analyser or not). */
  known(form: string): boolean;
  /** The keys a word form on a page adds: its base forms' and its compound parts' keys. */
  pageKeys(form: string): readonly string[];
  /** The key a typed word is searched as; undefined for a word the table does not know. */
  queryKey(word: string): string | undefined;
  /** Every word (form, base form, part) whose key is another word: the browser's table. */
  queryTable(): Map<string, string>;
}

export function searchKeys(table: WordTable): SearchKeys {
  const attested = new Set<string>();
  for (const { lemmas } of table.forms.values()) if (lemmas.length === 1) attested.add(lemmas[0] as string);
  const readings = new Map<string, readonly string[]>();
  for (const [form, { lemmas }] of table.forms) {
    const kept = lemmas.filter((l) => attested.has(l));
    if (lemmas.length > 0) readings.set(form, kept.length > 0 ? kept : lemmas);
  }

  // Union-find over base forms that share a form.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  const formCount = new Map<string, number>();
  for (const lemmas of readings.values()) {
    for (const lemma of lemmas) {
      if (!parent.has(lemma)) parent.set(lemma, lemma);
      formCount.set(lemma, (formCount.get(lemma) ?? 0) + 1);
      const a = find(lemma);
      const b = find(lemmas[0] as string);
      if (a !== b) parent.set(a, b);
    }
  }
  // Each group's key: its longest member (Pagefind also finds every word a query word begins,
  // so a short key like a two-letter noun would find unrelated words), then the one most forms
  // lead to, then the first in order.
  const better = (a: string, b: string) => {
    if (a.length !== b.length) return a.length > b.length;
    const byCount = (formCount.get(b) ?? 0) - (formCount.get(a) ?? 0);
    if (byCount !== 0) return byCount < 0;
    return a < b;
  };
  const groupKey = new Map<string, string>();
  for (const lemma of parent.keys()) {
    const root = find(lemma);
    const current = groupKey.get(root);
    if (current === undefined || better(lemma, current)) groupKey.set(root, lemma);
  }
  const keyOf = (lemma: string) => (parent.has(lemma) ? (groupKey.get(find(lemma)) as string) : lemma);

  // Every page asks for the same forms: each form's keys are worked out once.
  const keysOfForm = new Map<string, readonly string[]>();
  const pageKeys = (form: string): readonly string[] => {
    const known = keysOfForm.get(form);
    if (known) return known;
    const analysis = table.forms.get(form);
    if (!analysis) return [];
    const keys = new Set<string>();
    for (const lemma of readings.get(form) ?? []) keys.add(keyOf(lemma));
    for (const part of analysis.parts) keys.add(keyOf(part));
    const result = [...keys];
    keysOfForm.set(form, result);
    return result;
  };

  const queryKey = (word: string): string | undefined => {
    const lemmas = readings.get(word);
    if (lemmas?.[0] !== undefined) return keyOf(lemmas[0]);
    return parent.has(word) ? keyOf(word) : undefined;
  };

  const queryTable = () => {
    const result = new Map<string, string>();
    const add = (word: string) => {
      const key = queryKey(word) ?? keyOf(word);
      if (key !== word) result.set(word, key);
    };
    for (const [form, { parts }] of table.forms) {
      add(form);
      for (const lemma of readings.get(form) ?? []) add(lemma);
      for (const part of parts) add(part);
    }
    return result;
  };

  return { known: (form) => table.forms.has(form), pageKeys, queryKey, queryTable };
}
