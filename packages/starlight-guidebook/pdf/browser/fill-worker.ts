import { fillAnswers } from './fill.ts';
import { mergePdfs, type PackOptions, type PackPart } from './merge.ts';

/**
 * Web Worker: the PDF work done in the browser, with pdf-lib. pdf-lib is large, so it loads only
 * when someone asks for a PDF, in a worker of its own (the page stays responsive meanwhile); the
 * page keeps the worker for later requests (pdf-worker-client.ts), so pdf-lib loads and compiles
 * once a page. Two tasks:
 * - `fill`: a worksheet's fillable PDF filled with the answers (fill.ts);
 * - `merge`: several of the site's PDFs as one, a bookmark per part (merge.ts);
 * - `answersBook`: several worksheets' answers filled in, as one file after a cover.
 * Every request carries an id that its reply echoes.
 */
export type PdfTask =
  | {
      task: 'fill';
      pdf: ArrayBuffer;
      answers: Record<string, unknown>;
      title: string;
      locale: string;
      /** Address of the font for letters Helvetica lacks, fetched only when an answer has them. */
      fontUrl: string;
    }
  | { task: 'merge'; parts: PackPart[]; title: string; lang: string }
  | {
      /** Every worksheet's answers as one file: each filled, then all merged after a cover. */
      task: 'answersBook';
      parts: { pdf: ArrayBuffer; answers: Record<string, unknown>; title: string }[];
      title: string;
      lang: string;
      cover: NonNullable<PackOptions['cover']>;
      fontUrl: string;
    };

self.addEventListener('message', async (event: MessageEvent<PdfTask & { id: number }>) => {
  const { id } = event.data;
  try {
    if (event.data.task === 'merge') {
      const { parts, title, lang } = event.data;
      const bytes = await mergePdfs(parts, { title, lang });
      self.postMessage({ id, bytes, unshown: [], cut: [] }, { transfer: [bytes.buffer] });
      return;
    }
    if (event.data.task === 'answersBook') {
      const { parts, title, lang, cover, fontUrl } = event.data;
      const filled: PackPart[] = [];
      const unshown = new Set<string>();
      const cut: string[] = [];
      for (const part of parts) {
        const result = await fillAnswers(part.pdf, part.answers, {
          title: part.title,
          locale: lang,
          loadFont: () => fetchFont(fontUrl),
        });
        for (const ch of result.unshown) unshown.add(ch);
        cut.push(...result.cut);
        filled.push({ bytes: result.bytes, title: part.title });
      }
      const bytes = await mergePdfs(filled, { title, lang, cover });
      self.postMessage({ id, bytes, unshown: [...unshown], cut }, { transfer: [bytes.buffer] });
      return;
    }
    const { pdf, answers, title, locale, fontUrl } = event.data;
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
