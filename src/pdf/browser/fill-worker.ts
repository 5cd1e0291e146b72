import { fillAnswers } from './fill.ts';

/**
 * Web Worker: fills a worksheet's fillable PDF with answers. pdf-lib is large, so it loads only
 * when someone asks for the PDF, in a worker of its own (the page stays responsive meanwhile);
 * the page sends the PDF and the answers and gets the filled file back.
 */
interface FillRequest {
  pdf: ArrayBuffer;
  answers: Record<string, unknown>;
  title: string;
  locale: string;
}

self.addEventListener('message', async (event: MessageEvent<FillRequest>) => {
  const { pdf, answers, title, locale } = event.data;
  try {
    const bytes = await fillAnswers(pdf, answers, { title, locale });
    self.postMessage({ bytes }, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
