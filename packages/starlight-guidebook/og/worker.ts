import { rename, writeFile } from 'node:fs/promises';
import { threadId, workerData } from 'node:worker_threads';
import { answerFromWorker } from '../build/worker-thread.ts';
import type { CardInput } from './card.ts';
import { renderCard } from './render.ts';

/** Worker thread entry: draws its share of the social cards into the card cache. */
export interface CardJob {
  input: CardInput;
  file: string;
}

const { jobs } = workerData as { jobs: CardJob[] };
answerFromWorker(
  (async () => {
    for (const job of jobs) {
      // Written aside and renamed, so an interrupted build never leaves half a card in the cache.
      const partial = `${job.file}.${process.pid}-${threadId}.part`;
      await writeFile(partial, await renderCard(job.input));
      await rename(partial, job.file);
    }
    return jobs.length;
  })(),
);
