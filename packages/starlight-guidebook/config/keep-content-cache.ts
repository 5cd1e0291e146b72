import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Does a folder hold a page that is not MDX (Markdown or Markdoc, whose HTML Astro caches)? */
function hasNonMdxPages(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return hasNonMdxPages(full);
    return /\.(md|markdown|mdoc)$/i.test(name);
  });
}

/**
 * starlight-links-validator deletes Astro's content-layer cache whenever a build starts, so that
 * Markdown pages, whose HTML the cache keeps, pass through its checks again. MDX pages are compiled
 * anew by every build whatever the cache holds, so for a site of MDX pages the deletion only makes
 * Astro read and validate every page's frontmatter again (about half a second here). The first
 * integration reads the cache before the validator starts, the second puts it back after.
 */
export function keepContentCache(): { before: AstroIntegration; after: AstroIntegration } {
  let saved: { file: string; text: string } | undefined;
  return {
    before: {
      name: 'guidebook-keep-content-cache',
      hooks: {
        'astro:config:setup': async ({ config }) => {
          if (hasNonMdxPages(fileURLToPath(new URL('content/docs/', config.srcDir)))) return;
          const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
          saved = await readFile(file, 'utf8').then(
            (text) => ({ file, text }),
            () => undefined,
          );
        },
      },
    },
    after: {
      name: 'guidebook-restore-content-cache',
      hooks: {
        'astro:config:setup': async () => {
          if (saved) await writeFile(saved.file, saved.text);
          saved = undefined;
        },
      },
    },
  };
}
