import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/site-config.ts';
import { type GeneratedPdfs, writePdfs } from './output.ts';
import type { PdfManifest } from './paths.ts';
import { runPdfStep } from './worker-run.ts';

const MANIFEST_ID = 'virtual:guidebook/pdf-manifest';
/** Where the rendering pages find the running PDF step (same process as the build). */
const PENDING = 'Symbol.for("guidebook.pdf.manifest")';
const pendingKey = Symbol.for('guidebook.pdf.manifest');

/**
 * The PDF step. PDFs are made from the sources (MDX trees and worksheet definitions), not from
 * the built pages, so the work starts as soon as the config is known (`astro:config:done`) and runs alongside
 * it, in a worker thread (src/pdf/worker-run.ts). Pages that show sizes and page counts (PdfLink, the downloads list) import
 * `virtual:guidebook/pdf-manifest`, which waits for the PDFs when the page is rendered — so the numbers are those of the
 * files actually written. `astro:build:done` (after Starlight and Pagefind) copies the files into
 * dist/pdf/ and writes dist/pdf/manifest.json. Any failure fails the build.
 *
 * GUIDEBOOK_PDF=off skips the PDFs (faster builds while writing content; benchmark baseline).
 */
export function guidebookPdf(siteConfig: SiteConfig): AstroIntegration {
  let root = process.cwd();
  let cacheDir = '';
  let command: 'dev' | 'build' | 'preview' | 'sync' = 'build';
  let running: Promise<GeneratedPdfs> | undefined;
  const enabled = () => command === 'build' && process.env.GUIDEBOOK_PDF !== 'off';
  const empty: PdfManifest = { generated: false, entries: [] };

  const start = (log: (message: string) => void) => {
    if (!running) {
      running = runPdfStep({ root, config: siteConfig, cacheDir, log });
      // A failed PDF step is reported once, by astro:build:done: pages render as without PDFs
      // (no sizes) instead of each failing with the same message.
      const manifest = running.then(
        (r) => r.manifest,
        () => empty,
      );
      (globalThis as Record<symbol, unknown>)[pendingKey] = manifest;
    }
    return running;
  };

  return {
    name: 'guidebook-pdf',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command: cmd, logger }) => {
        command = cmd;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(new URL('pdf-cache/', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guidebook-pdf-manifest',
                resolveId: (id: string) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
                load: (id: string) => {
                  if (id !== `\0${MANIFEST_ID}`) return undefined;
                  if (!enabled()) return `export default ${JSON.stringify(empty)};`;
                  start((m) => logger.info(m));
                  // Awaited when a page is rendered, not while Vite bundles: bundling goes on
                  // while the PDFs are laid out in the worker.
                  return [
                    `const pending = globalThis[${PENDING}];`,
                    `if (!pending) throw new Error('guidebook-pdf: the PDF step is not running in this process');`,
                    'export default await pending;',
                  ].join('\n');
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ logger }) => {
        if (!enabled()) return;
        // Started as soon as the config is known, not at astro:build:start: the PDFs are made from
        // the sources alone, so they need not wait for Astro's content sync, and the pages that
        // show their sizes wait for them. Not awaited: they are laid out while Astro works.
        start((m) => logger.info(m)).catch(() => {
          /* reported by astro:build:done or by the manifest import */
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled()) {
          logger.info('PDFs skipped (GUIDEBOOK_PDF=off)');
          return;
        }
        const generated = await start((m) => logger.info(m));
        await writePdfs(generated, fileURLToPath(dir));
        logger.info(`wrote ${generated.files.size} PDFs and pdf/manifest.json`);
      },
    },
  };
}
