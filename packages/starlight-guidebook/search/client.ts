import { formsTable, primaryLanguage, rewriteQuery } from './query.ts';

/** What the client needs of Pagefind's UI: to search again once the table has arrived. */
interface SearchUi {
  triggerSearch(term: string): void;
}

export interface BaseFormSearch {
  /** Pagefind UI's `processTerm`: rewrites the typed words to their search keys. */
  processTerm(term: string): string;
  /** The Pagefind UI the term goes to. */
  ui: SearchUi | undefined;
}

/**
 * Search by base form in the browser (see search-keys.ts). The page's locale's table of word
 * forms is fetched from the site itself the first time the reader enters the search dialog, not
 * with the page: readers who do not search do not load it. Until it has arrived a query goes to
 * Pagefind as typed; the search runs again when it comes. `root` is Starlight's `<site-search>`,
 * which gets `data-search-forms="ready"` (or "failed") for tests and styles.
 */
export function baseFormSearch(root: HTMLElement, locales: readonly string[], base: string): BaseFormSearch {
  const locale = primaryLanguage(document.documentElement.lang);
  const enabled = locales.includes(locale);
  let table: Map<string, string> | undefined;
  let loading = false;
  let searchedWithout = false;

  const search: BaseFormSearch = {
    ui: undefined,
    processTerm(term) {
      if (table) return rewriteQuery(term, table, locale);
      if (enabled) {
        searchedWithout = true;
        load();
      }
      return term;
    },
  };

  function load() {
    if (loading || !enabled) return;
    loading = true;
    fetch(`${base.replace(/\/$/, '')}/search-forms/${locale}.json`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
      .then((file) => {
        table = formsTable(file);
        root.dataset.searchForms = 'ready';
        const input = root.querySelector('input');
        // The same query again, now with base forms (a changed value is what makes the UI search).
        const value = input?.value ?? '';
        if (searchedWithout && value.trim())
          search.ui?.triggerSearch(value.endsWith(' ') ? value.trimEnd() : `${value} `);
      })
      .catch(() => {
        root.dataset.searchForms = 'failed';
      });
  }

  root.addEventListener('focusin', load);
  return search;
}
