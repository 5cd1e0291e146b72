import { availableParallelism } from 'node:os';
import { bundleWorker } from '../build/worker-bundle.ts';
import { runWorker } from '../build/worker-thread.ts';
import type { CardJob } from './worker.ts';

/** Cards per worker below which another worker costs more (loading satori) than it saves. */
const minimumShare = 12;

/**
 * Draws the cards in worker threads, one per core: after the pages are built the cores are
 * free, and satori and resvg then never load into the build's own thread.
 */
export async function drawCards(jobs: readonly CardJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const file = await bundleWorker('og/worker.ts', ['@resvg/resvg-js', 'sharp']);
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / minimumShare)));
  const shares = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  await Promise.all(
    shares.map((share) =>
      runWorker(file, { jobs: share }, 'the social card worker').catch((error: unknown) => {
        throw new Error(`social card: ${error instanceof Error ? error.message : String(error)}`);
      }),
    ),
  );
}
