import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import type { AstroUserConfig } from 'astro';
import starlightLinksValidator from 'starlight-links-validator';
import { guidebookCspInlineHashes } from '../csp/integration.ts';
import { guidebookPdf } from '../integration.ts';
import { guidebookMarkdown } from '../markdown/processor.ts';
import { guidebookOg } from '../og/integration.ts';
import { fillWorkerAsset } from '../pdf/browser/fill-worker-asset.ts';
import { guidebookConfigChecks } from './config-checks.ts';
import { keepContentCache } from './keep-content-cache.ts';
import { guidebookRobots } from './robots.ts';
import type { SiteConfig } from './site-config.ts';
import { starlightOptions } from './starlight-options.ts';
import { guidebookVitePlugin, starlightPatches } from './vite-plugin.ts';

/** The engine's `src/`, so `~/components/…` works from any project root (tsconfig paths do not travel). */
const engineSrc = fileURLToPath(new URL('../', import.meta.url));

/**
 * Astro hashes every script and style it renders into a CSP <meta> tag; nothing else may run.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval'). Starlight and Expressive Code set inline
 * `style` attributes (icon sizes, custom properties), which only `style-src-attr` allows.
 * Every request goes to the site's own origin: no third-party hosts are listed.
 */
const contentSecurityPolicy: Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined> = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  // Astro warns that 'self' does not reach `style-src-attr`: it need not, an attribute loads no file.
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};

/**
 * The whole Astro config of a guidebook from its site config: a project's `astro.config.mjs` is
 * `export default defineGuidebook(siteConfig)`. Pages are read from `<root>/content/docs`, worksheets
 * from `<root>/content/worksheets`. GUIDEBOOK_OUT_DIR and GUIDEBOOK_CACHE_DIR let parallel builds
 * (tests, benchmarks) use their own folders.
 */
export function defineGuidebook(siteConfig: SiteConfig): AstroUserConfig {
  const contentCache = keepContentCache();
  return {
    site: siteConfig.url,
    base: siteConfig.base,
    // Starlight hard-codes <srcDir>/content/docs; the engine is imported by path.
    srcDir: './',
    outDir: process.env.GUIDEBOOK_OUT_DIR ?? './dist',
    cacheDir: process.env.GUIDEBOOK_CACHE_DIR ?? './node_modules/.astro',
    trailingSlash: 'always',
    // Pages render sixteen at a time: while one waits (content store, file writes), others
    // render. Same files as one at a time (compared byte for byte); about 0.5 s less a build.
    build: { concurrency: 16 },
    security: { csp: contentSecurityPolicy },
    integrations: [
      // First: pages and logos named in site.config.ts must exist.
      guidebookConfigChecks(siteConfig),
      contentCache.before,
      starlight({
        ...starlightOptions(siteConfig),
        plugins: [
          starlightLinksValidator({
            errorOnFallbackPages: false,
            errorOnInvalidHashes: true,
            // PDFs and social cards are written after the links validator runs.
            exclude: ['/pdf/**', '/og/**'],
          }),
        ],
      }),
      contentCache.after,
      // After starlight(): PDFs are written once the pages (and Pagefind) are done.
      guidebookPdf(siteConfig),
      guidebookOg(siteConfig),
      guidebookCspInlineHashes(),
      guidebookRobots(siteConfig),
    ],
    markdown: {
      // Astro 7's Rust Markdown processor, with the engine's checks and transforms as its plugins.
      processor: guidebookMarkdown(siteConfig),
      // Starlight's Expressive Code highlights code blocks (and turns this off itself, too late
      // for Astro's warning that Shiki's inline styles would not pass the CSP).
      syntaxHighlight: false,
    },
    vite: {
      // A build with its own cache folder keeps Vite's cache there too (tests, benchmark).
      ...(process.env.GUIDEBOOK_CACHE_DIR ? { cacheDir: `${process.env.GUIDEBOOK_CACHE_DIR}/vite` } : {}),
      plugins: [guidebookVitePlugin(siteConfig), starlightPatches(), fillWorkerAsset()],
      resolve: { alias: [{ find: /^~\//, replacement: engineSrc }] },
      // Astro marks every MDX page with a "use astro:head-inject" directive that Rolldown warns
      // about, ten lines a page (withastro/astro#18087, harmless): 150 pages of it buried any real
      // warning. The engine's own code has no module-level directives.
      build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
    },
  };
}
