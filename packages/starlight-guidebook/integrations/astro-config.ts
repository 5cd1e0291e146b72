import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/site-config.ts';
import { guidebookVitePlugin, starlightPatches } from '../config/vite-plugin.ts';
import { authorLogHandler, mdxBuildErrors } from '../markdown/build-errors.ts';
import { guidebookMarkdown } from '../markdown/processor.ts';
import { fillWorkerAsset } from '../pdf/browser/fill-worker-asset.ts';

/**
 * Astro hashes every script and style it renders into a CSP <meta> tag; nothing else may run.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval'). Starlight and Expressive Code set inline
 * `style` attributes (icon sizes, custom properties), which only `style-src-attr` allows.
 * Every request goes to the site's own origin: no third-party hosts are listed.
 */
const contentSecurityPolicy = {
  // Given in full: options added by an integration do not get the schema's defaults.
  algorithm: 'SHA-256' as const,
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
  // Stylesheets and <style> elements come from the site ('self', and Astro's hashes follow it to
  // `style-src-elem`); `style` attributes only through `style-src-attr`. Scoping 'self' to elements
  // says exactly that: a plain `style-src 'self'` would never apply to attributes (Astro warns).
  styleDirective: {
    resources: [
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
} satisfies Exclude<AstroConfig['security']['csp'], boolean>;

/** A folder given on the command line, relative to the project, as the URL Astro's config holds. */
const folderUrl = (root: URL, folder: string) => pathToFileURL(`${path.resolve(fileURLToPath(root), folder)}/`);

/**
 * What the guidebook asks of Astro itself: the strict CSP, trailing slashes, render concurrency,
 * the engine's Vite plugins, and its Markdown checks and transforms added to Astro's satteri
 * processor (ahead of Starlight's and the links validator's, so links are checked as served).
 * GUIDEBOOK_OUT_DIR and GUIDEBOOK_CACHE_DIR let parallel builds (tests, benchmarks) use their own
 * folders.
 */
export function guidebookAstroConfig(site: SiteConfig): AstroIntegration {
  return {
    name: 'starlight-guidebook-config',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const { GUIDEBOOK_OUT_DIR: outDir, GUIDEBOOK_CACHE_DIR: cacheDir } = process.env;
        const processor = config.markdown.processor;
        if (!isSatteriProcessor(processor)) {
          throw new Error(
            "starlight-guidebook: markdown.processor must be Astro's default satteri() processor (remove the markdown.processor option from astro.config.mjs)",
          );
        }
        const engine = guidebookMarkdown(site);
        processor.options.mdastPlugins.unshift(...engine.mdastPlugins);
        processor.options.hastPlugins.unshift(...engine.hastPlugins);
        updateConfig({
          ...(outDir ? { outDir: folderUrl(config.root, outDir) } : {}),
          ...(cacheDir ? { cacheDir: folderUrl(config.root, cacheDir) } : {}),
          trailingSlash: 'always',
          // Pages render sixteen at a time: while one waits (content store, file writes), others
          // render. Same files as one at a time (compared byte for byte); about 0.5 s less a build.
          build: { concurrency: 16 },
          security: { csp: contentSecurityPolicy },
          // Starlight's Expressive Code highlights code blocks when the site config asks for it;
          // Astro's own highlighter would need inline styles the CSP refuses.
          markdown: { syntaxHighlight: false },
          vite: {
            // A build with its own cache folder keeps Vite's cache there too (tests, benchmark).
            ...(cacheDir ? { cacheDir: path.resolve(fileURLToPath(config.root), cacheDir, 'vite') } : {}),
            plugins: [guidebookVitePlugin(site), starlightPatches(), mdxBuildErrors(), fillWorkerAsset()],
            // Astro marks every MDX page with a "use astro:head-inject" directive that Rolldown warns
            // about, ten lines a page (withastro/astro#18087, harmless): 150 pages of it buried any
            // real warning. The engine's own code has no module-level directives.
            // An MDX page's import of a package that is not installed: one line with the page's line.
            build: {
              rolldownOptions: {
                checks: { moduleLevelDirective: false },
                onLog: authorLogHandler(fileURLToPath(config.root)),
              },
            },
          },
        });
      },
    },
  };
}
