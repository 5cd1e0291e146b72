import { parentPort, workerData } from 'node:worker_threads';
import type { SiteConfig } from '../config/site-config.ts';
import { generatePdfs } from './generate.ts';
import { pdfSite } from './site.ts';

/** Worker thread entry: a share of the PDF step on its own core while Astro renders the pages. */
const { root, config, cacheDir, share } = workerData as {
  root: string;
  config: SiteConfig;
  cacheDir: string;
  share: { index: number; count: number };
};
// The build's thread reports the merged figures of all workers.
generatePdfs({ root, site: pdfSite(config), cacheDir, share }).then(
  (result) => parentPort?.postMessage({ result: { ...result, files: [...result.files] } }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
