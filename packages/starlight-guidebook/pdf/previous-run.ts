import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { engineHash, hash, inputsHash } from './cache.ts';
import type { GeneratedPdfs } from './output.ts';
import type { PdfManifest } from './paths.ts';
import type { PdfSite } from './site.ts';

// The PDF step's fast path, kept free of the layout engine: the build's thread can find out that
// nothing changed without starting a worker.

/** Where a run of the PDF step (or one share of it) records its result, keyed by all its inputs. */
export function previousRunFile(
  options: { root: string; site: PdfSite; cacheDir: string },
  share: { index: number; count: number },
  inputs = inputsHash(options.root),
): string {
  const key = hash(
    engineHash(),
    JSON.stringify(options.site.config),
    options.site.locales.join(','),
    inputs,
    `${share.index}/${share.count}`,
  );
  return path.join(options.cacheDir, `run-${key}.json`);
}

/** The result of an earlier run with the same inputs, if it and all its files are still there. */
export async function readPreviousRun(file: string): Promise<Omit<GeneratedPdfs, 'stats'> | undefined> {
  try {
    const run = JSON.parse(await readFile(file, 'utf8')) as {
      manifest: PdfManifest;
      files: [string, string][];
      order: number[];
    };
    if (!run.files.every(([, cached]) => existsSync(cached)) || !Array.isArray(run.order)) return undefined;
    return { manifest: run.manifest, files: new Map(run.files), order: run.order };
  } catch {
    return undefined;
  }
}
