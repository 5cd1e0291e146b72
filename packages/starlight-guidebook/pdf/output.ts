import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { forEachFile, placeFile } from '../build/files.ts';
import { manifestPath, type PdfManifest } from './paths.ts';

// Kept apart from generate.ts so the build's main thread can copy the PDFs without loading the
// layout engine (pdfkit, fontkit, pdf-lib), which only the worker needs.

export interface GeneratedPdfs {
  manifest: PdfManifest;
  /** Path under dist/ -> cached file to copy there. */
  files: Map<string, string>;
  /** Each entry's position in the whole list (see `share` in generate.ts). */
  order: number[];
  /** PDFs made and reused; pages parsed and page trees read back from the tree cache. */
  stats: { made: number; reused: number; ms: number; parsed?: number; treesReused?: number };
}

/** Copies the made PDFs into the site and writes dist/pdf/manifest.json. */
export async function writePdfs(generated: GeneratedPdfs, outDir: string): Promise<void> {
  await forEachFile(generated.files, async ([target, source]) => {
    const dest = path.join(outDir, target);
    await mkdir(path.dirname(dest), { recursive: true });
    await placeFile(source, dest);
  });
  const manifestFile = path.join(outDir, manifestPath);
  await mkdir(path.dirname(manifestFile), { recursive: true });
  await writeFile(manifestFile, `${JSON.stringify(generated.manifest, null, 2)}\n`);
}
