declare module 'virtual:guidebook/config' {
  const config: import('./config/site-config.ts').SiteConfig;
  export default config;
}
