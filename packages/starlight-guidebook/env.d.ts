declare module 'virtual:guidebook/config' {
  const config: import('./config/site-config.ts').SiteConfig;
  export default config;
}

declare module 'virtual:guidebook/search-tables' {
  /** Each locale's word table (content/search/<locale>.tsv) as text. */
  const tables: Record<string, string>;
  export default tables;
}

declare module 'virtual:guidebook/search-client' {
  export const baseFormSearch: (root: HTMLElement) => import('./search/client.ts').BaseFormSearch;
}
