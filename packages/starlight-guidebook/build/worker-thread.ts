import { parentPort, Worker } from 'node:worker_threads';

// Both sides of the build's worker threads (PDFs, social cards): the worker posts one message,
// `{ result }` or `{ error }`; the build's thread turns it into a promise.

/** Runs a bundled worker (see worker-bundle.ts) with its data; its result, or its error. */
export function runWorker<T>(file: string, workerData: unknown, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(file, { workerData });
    worker.on('message', (message: { result?: T; error?: string }) => {
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.result as T);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${what} stopped with exit code ${code}`));
    });
  });
}

/** In a worker: sends the outcome of its work to the build's thread. */
export function answerFromWorker(work: Promise<unknown>): void {
  work.then(
    (result) => parentPort?.postMessage({ result }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
