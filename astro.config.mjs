// @ts-check

import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import siteConfig from './site.config.ts';
import { starlightOptions } from './src/config/starlight-options.ts';
import { guidebookVitePlugin } from './src/config/vite-plugin.ts';
import { guidebookPdf } from './src/integration.ts';
import { rehypeCompoundParts } from './src/search/rehype-compound-parts.ts';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  // Pages live in ./content/docs (Starlight hard-codes <srcDir>/content/docs), the engine in ./src.
  srcDir: './',
  // Parallel builds (tests, benchmarks) can use their own output and cache folders.
  outDir: process.env.GUIDEBOOK_OUT_DIR ?? './dist',
  cacheDir: process.env.GUIDEBOOK_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [
    starlight({
      ...starlightOptions(siteConfig),
      plugins: [
        starlightLinksValidator({
          errorOnFallbackPages: false,
          errorOnInvalidHashes: true,
          // PDFs are written after the links validator runs.
          exclude: ['/pdf/**', '/og/**'],
        }),
      ],
    }),
    // After starlight(): PDFs are written once the pages (and Pagefind) are done.
    guidebookPdf(siteConfig),
  ],
  markdown: { rehypePlugins: [[rehypeCompoundParts, { parts: siteConfig.searchCompounds }]] },
  vite: { plugins: [guidebookVitePlugin(siteConfig)] },
});
