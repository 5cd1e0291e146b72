import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One tagged block's text on one page, as pdf.js reads it (artifacts — headers, rules — left out). */
export interface PageBlock {
  /** The structure tag of its marked content: P, H1, H2, Lbl, TD … */
  tag: string;
  text: string;
  /** Number of text lines the block has on this page. */
  lines: number;
  /** Baseline of its first and last line, in points from the page's top. */
  top: number;
  bottom: number;
}

/**
 * Every page's tagged text blocks in drawing order, read with pdf.js (Firefox's reader) from the
 * marked content the engine writes: what a reader's software, not the engine, finds on each page.
 */
export async function pdfPageBlocks(file: string): Promise<PageBlock[][]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  const doc = await task.promise;
  const pages: PageBlock[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const height = page.view[3] ?? 842;
    const content = await page.getTextContent({ includeMarkedContent: true });
    const blocks: PageBlock[] = [];
    const stack: { tag: string; block?: PageBlock }[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
          const tag = String((item as { tag?: string }).tag ?? '');
          // Content inside an artifact is page furniture, whatever is marked within it.
          const inArtifact = tag === 'Artifact' || stack.some((s) => s.tag === 'Artifact');
          stack.push({ tag: inArtifact ? 'Artifact' : tag });
        } else if (item.type === 'endMarkedContent') {
          const ended = stack.pop();
          if (ended?.block) blocks.push(ended.block);
        }
        continue;
      }
      const open = stack.at(-1);
      if (!open || open.tag === 'Artifact' || !item.str.trim()) continue;
      const y = Math.round(height - (item.transform[5] ?? 0));
      if (!open.block) open.block = { tag: open.tag, text: '', lines: 0, top: y, bottom: y };
      const block = open.block;
      if (block.lines === 0 || Math.abs(y - block.bottom) > 2) block.lines++;
      block.text += (block.text && Math.abs(y - block.bottom) > 2 ? ' ' : '') + item.str;
      block.bottom = Math.max(block.bottom, y);
    }
    pages.push(blocks);
    page.cleanup();
  }
  await task.destroy();
  return pages;
}
