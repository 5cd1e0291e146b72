declare module 'virtual:guidebook/config' {
  const config: import('./config/site-config.ts').SiteConfig;
  export default config;
}

declare module 'virtual:guidebook/search-tables' {
  /** Each locale's word table (content/search/<locale>.tsv) as text. */
  export const tables: Record<string, string>;
  /** The last build's keys by the hash of a page's HTML (search/middleware-state.ts). */
  export const cachedPages: Record<string, import('./search/middleware-state.ts').KeyedPageEntry>;
}

declare module 'virtual:guidebook/search-client' {
  export const baseFormSearch: (root: HTMLElement) => import('./search/client.ts').BaseFormSearch;
}

// The engine's strings join Starlight's, so `Astro.locals.t('guidebook.…')` is typed.
declare namespace StarlightApp {
  type GuidebookStrings = typeof import('./translations/en.json');
  interface I18n extends GuidebookStrings {}
}
