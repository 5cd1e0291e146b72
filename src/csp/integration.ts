import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineHashes } from './inline-hashes.ts';

/** Completes each page's CSP with the hashes of its inline scripts and styles (see inline-hashes.ts). */
export function guidebookCspInlineHashes(): AstroIntegration {
  return {
    name: 'guidebook-csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        let pagesChanged = 0;
        for (const { pathname } of pages) {
          const file = path.join(out, pathname, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => undefined);
          if (html === undefined) continue;
          const result = addInlineHashes(html);
          if (result.added > 0) {
            await writeFile(file, result.html);
            pagesChanged++;
          }
        }
        logger.info(`inline script and style hashes added to ${pagesChanged} pages`);
      },
    },
  };
}
