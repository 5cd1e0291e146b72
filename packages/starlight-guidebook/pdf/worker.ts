import { workerData } from 'node:worker_threads';
import { answerFromWorker } from '../build/worker-thread.ts';
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
// A Map does not cross to the other thread as a Map: the files go as pairs.
answerFromWorker(
  generatePdfs({ root, site: pdfSite(config), cacheDir, share }).then((result) => ({
    ...result,
    files: [...result.files],
  })),
);
