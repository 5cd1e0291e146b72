import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forEachFile } from '../build/files.ts';
import { addInlineHashes } from './inline-hashes.ts';

/**
 * Completes the CSP of every built HTML file (404.html too, which is not among Astro's
 * `pages`) with the hashes of its inline scripts and styles (see inline-hashes.ts).
 */
export function guidebookCspInlineHashes(): AstroIntegration {
  return {
    name: 'guidebook-csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        let changed = 0;
        await forEachFile(files, async (relative) => {
          const file = path.join(out, relative);
          const result = addInlineHashes(await readFile(file, 'utf8'));
          if (result.added > 0) {
            await writeFile(file, result.html);
            changed++;
          }
        });
        logger.info(`inline script and style hashes added to ${changed} of ${files.length} HTML files`);
      },
    },
  };
}
