import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { SiteConfig } from '../config/site-config.ts';
import { hash } from './cache.ts';
import { engineSrc } from './engine-src.ts';
import type { GeneratedPdfs } from './output.ts';
import { pdfSite } from './site.ts';

/**
 * Runs the PDF step in a worker thread, so it uses a second core while Astro bundles and renders.
 * The worker is the engine bundled by esbuild into one CommonJS file under the engine's
 * node_modules (so the libraries left outside the bundle resolve). If the worker cannot be made,
 * the step runs in this thread; a PDF error is an error either way.
 */
const external = ['pdfkit', 'pdf-lib', 'fontkit', '@resvg/resvg-js', 'esbuild'];

async function workerFile(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(engineSrc, 'pdf', 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    external,
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(engineSrc, 'pdf', 'engine-src.ts')).href) },
  });
  const code = result.outputFiles[0]?.text ?? '';
  const dir = path.join(engineSrc, '..', 'node_modules', '.cache', 'guidebook-pdf');
  const name = `worker-${hash(code)}.cjs`;
  await mkdir(dir, { recursive: true });
  // Workers of earlier engine versions are of no use any more (a day's grace for parallel builds).
  for (const old of await readdir(dir)) {
    const full = path.join(dir, old);
    const age = Date.now() - (await stat(full).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (old.startsWith('worker-') && old !== name && age > 86_400_000) await rm(full, { force: true });
  }
  await writeFile(path.join(dir, name), code);
  return path.join(dir, name);
}

export async function runPdfStep(options: {
  root: string;
  config: SiteConfig;
  cacheDir: string;
  log: (message: string) => void;
}): Promise<GeneratedPdfs> {
  let file: string;
  try {
    file = await workerFile();
  } catch (error) {
    options.log(
      `PDF worker unavailable (${error instanceof Error ? error.message : String(error)}); making PDFs in the main thread`,
    );
    // Loaded only here: the layout engine is heavy, and normally only the worker needs it.
    const { generatePdfs } = await import('./generate.ts');
    return generatePdfs({
      root: options.root,
      site: pdfSite(options.config),
      cacheDir: options.cacheDir,
      log: options.log,
    });
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: { root: options.root, config: options.config, cacheDir: options.cacheDir },
    });
    worker.on(
      'message',
      (message: {
        log?: string;
        error?: string;
        result?: { manifest: GeneratedPdfs['manifest']; files: [string, string][]; stats: GeneratedPdfs['stats'] };
      }) => {
        if (message.log) options.log(message.log);
        if (message.error) reject(new Error(message.error));
        if (message.result) resolve({ ...message.result, files: new Map(message.result.files) });
      },
    );
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the PDF worker stopped with exit code ${code}`));
    });
  });
}
