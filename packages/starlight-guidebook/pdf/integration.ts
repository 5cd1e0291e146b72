import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachFile } from '../build/files.ts';
import { quietHookError } from '../config/hook-errors.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { DataError } from '../schemas/data-file.ts';
import { fillSizes, hasSizePlaceholder } from './fill-sizes.ts';
import { type GeneratedPdfs, writePdfs } from './output.ts';
import { type PdfPlan, planMismatch, planPdfs } from './plan.ts';
import { pdfSite } from './site.ts';
import { runPdfStep } from './worker-run.ts';

const MANIFEST_ID = 'virtual:guidebook/pdf-manifest';

/**
 * The PDF step. PDFs are made from the sources (MDX trees and worksheet definitions), not from
 * the built pages, so the work starts as soon as the config is known (`astro:config:done`) and runs
 * alongside Astro's, in a worker thread (src/pdf/worker-run.ts). Pages never wait for it: the
 * links need only the list of PDFs (names, addresses, titles), which `virtual:guidebook/pdf-manifest`
 * gives from the frontmatter and worksheet definitions in milliseconds (src/pdf/plan.ts). Sizes and
 * page counts are written into the built pages in `astro:build:done` (src/pdf/fill-sizes.ts), where
 * the files are also copied into dist/pdf/ with dist/pdf/manifest.json. Any failure fails the build.
 *
 * GUIDEBOOK_PDF=off skips the PDFs (faster builds while writing content).
 */
export function guidebookPdf(siteConfig: SiteConfig): AstroIntegration {
  let root = process.cwd();
  let cacheDir = '';
  let command: 'dev' | 'build' | 'preview' | 'sync' = 'build';
  let running: Promise<GeneratedPdfs> | undefined;
  let planned: Promise<PdfPlan> | undefined;
  const enabled = () => command === 'build' && process.env.GUIDEBOOK_PDF !== 'off';
  const empty: PdfPlan = { generated: false, entries: [] };

  const start = (log: (message: string) => void) => {
    planned ??= planPdfs(root, pdfSite(siteConfig), path.join(cacheDir, 'plan.json'));
    if (!running) {
      running = runPdfStep({ root, config: siteConfig, cacheDir, log });
      running.catch(() => {
        /* reported by astro:build:done */
      });
    }
    return { planned, running };
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
                load: async (id: string) => {
                  if (id !== `\0${MANIFEST_ID}`) return undefined;
                  if (!enabled()) return `export default ${JSON.stringify(empty)};`;
                  const plan = await start((m) => logger.info(m)).planned;
                  return `export default ${JSON.stringify(plan)};`;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ logger }) => {
        if (!enabled()) return;
        // Started as soon as the config is known: the PDFs are made from the sources alone, so
        // they need not wait for Astro's content sync. Not awaited: laid out while Astro works.
        start((m) => logger.info(m));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!enabled()) {
          logger.info('PDFs skipped (GUIDEBOOK_PDF=off)');
          return;
        }
        const { planned: plan, running: made } = start((m) => logger.info(m));
        const generated = await made.catch((error: unknown) => {
          // A mistake in a page or worksheet: its lines only (a bug is not a DataError).
          if (error instanceof DataError) quietHookError(logger);
          throw error;
        });
        const mismatch = planMismatch(await plan, generated.manifest.entries);
        if (mismatch.length > 0) {
          throw new Error(`the PDFs made are not the ones the pages link to:\n  ${mismatch.join('\n  ')}`);
        }
        const out = fileURLToPath(dir);
        await writePdfs(generated, out);
        const entries = new Map(generated.manifest.entries.map((e) => [e.path, e]));
        let filled = 0;
        await forEachFile(pages, async ({ pathname }) => {
          const file = path.join(out, pathname, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => '');
          if (!hasSizePlaceholder(html)) return;
          try {
            await writeFile(file, fillSizes(html, entries));
          } catch (error) {
            throw new Error(`${pathname}: ${error instanceof Error ? error.message : String(error)}`);
          }
          filled++;
        });
        logger.info(`wrote ${generated.files.size} PDFs and pdf/manifest.json; sizes filled into ${filled} pages`);
      },
    },
  };
}
