// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import guidebook from 'starlight-guidebook';
import site from './site.config.ts';

// Everything about this guidebook is in site.config.ts; the plugin sets Starlight up from it.
export default defineConfig({
  site: site.url,
  base: site.base,
  // Pages live in ./content/docs: Starlight reads <srcDir>/content/docs.
  srcDir: './',
  trailingSlash: 'always',
  integrations: [starlight({ title: site.title, plugins: [guidebook(site)] })],
});
