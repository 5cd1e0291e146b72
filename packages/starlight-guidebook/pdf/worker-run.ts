import { availableParallelism } from 'node:os';
import { bundleWorker } from '../build/worker-bundle.ts';
import { runWorker } from '../build/worker-thread.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { DataError } from '../schemas/data-file.ts';
import { inputsHash } from './cache.ts';
import type { GeneratedPdfs } from './output.ts';
import { previousRunFile, readPreviousRun } from './previous-run.ts';
import { pdfSite } from './site.ts';

/**
 * Runs the PDF step in worker threads, each making a share of the PDFs on a core of its own
 * while Astro bundles and renders.
 * A PDF error, or a worker that cannot be made, fails the build.
 */
const external = ['pdfkit', 'pdf-lib', 'fontkit', '@resvg/resvg-js', 'esbuild'];

export async function runPdfStep(options: {
  root: string;
  config: SiteConfig;
  cacheDir: string;
  log: (message: string) => void;
}): Promise<GeneratedPdfs> {
  const started = performance.now();
  const count = pdfWorkerCount(availableParallelism());
  const site = pdfSite(options.config);
  const inputs = inputsHash(options.root);
  const previous = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      readPreviousRun(previousRunFile({ ...options, site }, { index, count }, inputs)),
    ),
  );
  if (previous.every((run) => run !== undefined)) {
    const merged = mergeShares(previous.map((run) => ({ ...run, stats: { made: 0, reused: run.files.size, ms: 0 } })));
    options.log(
      `${merged.manifest.entries.length} PDFs (0 made, all from cache: inputs unchanged) in ${Math.round(performance.now() - started)} ms`,
    );
    return merged;
  }
  let file: string;
  try {
    file = await bundleWorker('pdf/worker.ts', external);
  } catch (error) {
    // Modules cannot be loaded into the build any more once Astro has read the config, so there
    // is no running the layout engine in this thread instead.
    throw new Error(`the PDF worker could not be bundled: ${error instanceof Error ? error.message : String(error)}`);
  }
  const shares = await Promise.allSettled(
    Array.from({ length: count }, (_, index) => runShare(file, { ...options, share: { index, count } })),
  );
  const failures = shares.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
  if (failures.length > 0) {
    const messages = failures.map((f) => (f instanceof Error ? f.message : String(f)));
    const listed = messages.flatMap((m) =>
      m
        .replace(/^PDF generation failed:\n/, '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
    // Without the build thread's stack: it means nothing to an author (see DataError). A bug in the
    // engine brings the worker's stack in its message (generate.ts, describe()).
    throw new DataError(listed, 'PDF generation failed');
  }
  const results = shares.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const merged = mergeShares(results);
  const { made, reused, parsed } = merged.stats;
  options.log(
    `${merged.manifest.entries.length} PDFs (${made} made, ${reused} from cache; ${parsed} pages parsed) in ${Math.round(performance.now() - started)} ms, ${count} worker${count > 1 ? 's' : ''}`,
  );
  return merged;
}

/**
 * One worker per core but one, at most three. Astro's own thread keeps a core: it bundles and
 * renders meanwhile, and on two cores a second worker made the build slower (each worker reads
 * the sources and warms its font caches again, and the three threads took turns on two cores).
 */
export function pdfWorkerCount(cores: number): number {
  return Math.max(1, Math.min(cores - 1, 3));
}

/** The shares of all workers as one result, in the order one worker would have made them. */
export function mergeShares(results: readonly GeneratedPdfs[]): GeneratedPdfs {
  const entries = results
    .flatMap((r) => r.manifest.entries.map((entry, i) => ({ entry, at: r.order[i] ?? 0 })))
    .sort((a, b) => a.at - b.at);
  return {
    manifest: { generated: true, entries: entries.map((e) => e.entry) },
    files: new Map(results.flatMap((r) => [...r.files])),
    order: entries.map((e) => e.at),
    stats: {
      made: results.reduce((n, r) => n + r.stats.made, 0),
      reused: results.reduce((n, r) => n + r.stats.reused, 0),
      ms: Math.max(0, ...results.map((r) => r.stats.ms)),
      parsed: results.reduce((n, r) => n + (r.stats.parsed ?? 0), 0),
      treesReused: results.reduce((n, r) => n + (r.stats.treesReused ?? 0), 0),
    },
  };
}

async function runShare(
  file: string,
  options: { root: string; config: SiteConfig; cacheDir: string; share: { index: number; count: number } },
): Promise<GeneratedPdfs> {
  const { root, config, cacheDir, share } = options;
  const result = await runWorker<Omit<GeneratedPdfs, 'files'> & { files: [string, string][] }>(
    file,
    { root, config, cacheDir, share },
    'a PDF worker',
  );
  return { ...result, files: new Map(result.files) };
}
