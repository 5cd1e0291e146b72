import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundleWorker } from '../build/worker-bundle.ts';
import type { CardJob } from './worker.ts';

/** Cards per worker below which another worker costs more (loading satori) than it saves. */
const minimumShare = 12;

/**
 * Draws the cards in worker threads, one per core: after the pages are built the cores are
 * free, and satori and resvg then never load into the build's own thread.
 */
export async function drawCards(jobs: readonly CardJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const file = await bundleWorker('og/worker.ts', ['@resvg/resvg-js']);
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / minimumShare)));
  const shares = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(file, { workerData: { jobs: share } });
          worker.on('message', (message: { done?: number; error?: string }) => {
            if (message.error) reject(new Error(`social card: ${message.error}`));
            else resolve();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`the social card worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
}
