import { parentPort, workerData } from 'node:worker_threads';
import type { SiteConfig } from '../config/site-config.ts';
import { generatePdfs } from './generate.ts';
import { pdfSite } from './site.ts';

/** Worker thread entry: the PDF step on its own core while Astro renders the pages. */
const { root, config, cacheDir } = workerData as { root: string; config: SiteConfig; cacheDir: string };
generatePdfs({ root, site: pdfSite(config), cacheDir, log: (log) => parentPort?.postMessage({ log }) }).then(
  (result) =>
    parentPort?.postMessage({ result: { manifest: result.manifest, files: [...result.files], stats: result.stats } }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
