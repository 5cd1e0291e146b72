import { fillAnswers } from './fill.ts';

/**
 * Web Worker: fills a worksheet's fillable PDF with answers. pdf-lib is large, so it loads only
 * when someone asks for the PDF, in a worker of its own (the page stays responsive meanwhile);
 * the page sends the PDF and the answers and gets the filled file back. The page keeps the worker
 * for later clicks, so pdf-lib loads and compiles once a page.
 */
interface FillRequest {
  /** Echoed in the reply: one worker serves every click on the page, so replies name their request. */
  id: number;
  pdf: ArrayBuffer;
  answers: Record<string, unknown>;
  title: string;
  locale: string;
  /** Address of the font for letters Helvetica lacks, fetched only when an answer has them. */
  fontUrl: string;
}

self.addEventListener('message', async (event: MessageEvent<FillRequest>) => {
  const { id, pdf, answers, title, locale, fontUrl } = event.data;
  try {
    const { bytes, unshown, cut } = await fillAnswers(pdf, answers, {
      title,
      locale,
      loadFont: () => fetchFont(fontUrl),
    });
    self.postMessage({ id, bytes, unshown, cut }, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

/** The font from this site; without it (a network error) the answers are set in Helvetica. */
async function fetchFont(url: string): Promise<ArrayBuffer | undefined> {
  try {
    const response = await fetch(new URL(url, self.location.href), { credentials: 'same-origin' });
    return response.ok ? await response.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}
