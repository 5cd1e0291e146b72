import fillWorkerUrl from 'virtual:guidebook/fill-worker-url';
import type { FilledAnswers } from './fill.ts';
import type { PdfTask } from './fill-worker.ts';

type Reply = Partial<FilledAnswers> & { id: number; error?: string };

/**
 * The page's one PDF worker (fill-worker.ts, bundled on its own by fill-worker-asset.ts): started
 * on the first request and kept for the next ones (starting it again cost the download's compile
 * every time). A worker that fails to load or crashes is let go; the next request starts a new one.
 * (A worker rather than a dynamic import(): Vite would share its preload helper with Starlight's
 * search script, which then ships as two files on every page.)
 */
let worker: Worker | undefined;
const waiting = new Map<number, { resolve: (result: FilledAnswers) => void; reject: (error: Error) => void }>();
let lastId = 0;

function startedWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(fillWorkerUrl, { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<Reply>) => {
    const { id, bytes, unshown = [], cut = [], error } = event.data;
    const request = waiting.get(id);
    waiting.delete(id);
    if (bytes) request?.resolve({ bytes, unshown, cut });
    else request?.reject(new Error(error ?? 'the PDF worker gave no file'));
  });
  started.addEventListener('error', (event) => {
    for (const request of waiting.values()) request.reject(new Error(event.message || 'the PDF worker failed'));
    waiting.clear();
    started.terminate();
    if (worker === started) worker = undefined;
  });
  worker = started;
  return started;
}

/** Runs a task in the PDF worker; `transfer` lists the buffers handed over instead of copied. */
export function inPdfWorker(task: PdfTask, transfer: Transferable[] = []): Promise<FilledAnswers> {
  const id = ++lastId;
  return new Promise<FilledAnswers>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    startedWorker().postMessage({ id, ...task }, transfer);
  });
}
