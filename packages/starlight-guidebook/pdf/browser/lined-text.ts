import { type PDFDocument, type PDFFont, type PDFPage, PDFRef, type PDFTextField, rgb } from 'pdf-lib';
import { WRITING_LINE, WRITING_TEXT_SIZE, WRITING_WIDGET_INSET } from '../worksheet/writing-lines.ts';

/**
 * A long answer written on the form's writing lines, one line of text on each line of the form,
 * and on into the field's part on the next page. pdf-lib's own appearance set the text at its own
 * line spacing, so that it ran through the lines, and printed the whole answer again, cut, in the
 * field's part on the next page.
 */

/** When the answer is longer than the lines, two lines of smaller text go on each. */
const compact = { size: 8.5, pitch: WRITING_LINE / 2, lift: 2.5 };
const normal = { size: WRITING_TEXT_SIZE, pitch: WRITING_LINE, lift: 4 };
const padding = 2;

/** Breaks text into lines no wider than `width`: at spaces, inside a word only when it alone is too wide. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const joined = line ? `${line} ${word}` : word;
      if (measure(joined) <= width) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      // A word wider than the line (an address, say) is broken where it must be.
      let rest = word;
      while (measure(rest) > width) {
        let n = rest.length - 1;
        while (n > 1 && measure(rest.slice(0, n)) > width) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

interface Part {
  page: PDFPage;
  x: number;
  top: number;
  width: number;
  lines: number;
}

/** The field's widgets in reading order, with the page each is on and how many lines it holds. */
function partsOf(pdf: PDFDocument, field: PDFTextField): Part[] {
  const pages = pdf.getPages();
  const pageOf = new Map<string, number>();
  pages.forEach((page, index) => {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const ref = annots?.get(i);
      if (ref instanceof PDFRef) pageOf.set(ref.toString(), index);
    }
  });
  return field.acroField
    .getWidgets()
    .map((widget) => {
      const ref = pdf.context.getObjectRef(widget.dict);
      const index = ref ? pageOf.get(ref.toString()) : undefined;
      const rect = widget.getRectangle();
      return { index, rect };
    })
    .filter((w): w is { index: number; rect: typeof w.rect } => w.index !== undefined)
    .sort((a, b) => a.index - b.index || b.rect.y + b.rect.height - (a.rect.y + a.rect.height))
    .map(({ index, rect }) => ({
      page: pages[index] as PDFPage,
      x: rect.x + padding,
      top: rect.y + rect.height + WRITING_WIDGET_INSET,
      width: rect.width - 2 * padding,
      lines: Math.max(1, Math.round(rect.height / WRITING_LINE)),
    }));
}

/**
 * Writes `text` on the field's lines, as page content (the caller removes the field). Returns false when even two lines of text on each line of the form could not hold it all: the
 * end is cut, marked with an ellipsis.
 */
export function writeOnLines(
  pdf: PDFDocument,
  field: PDFTextField,
  text: string,
  font: PDFFont,
  /** Ends the last line when the text does not fit (the caller continues it elsewhere). */
  more = '…',
): boolean {
  const parts = partsOf(pdf, field);
  if (parts.length === 0) return true;
  const width = Math.min(...parts.map((p) => p.width));
  const capacity = parts.reduce((n, p) => n + p.lines, 0);
  let style = normal;
  let lines = wrapText(text, width, (s) => font.widthOfTextAtSize(s, normal.size));
  if (lines.length > capacity) {
    style = compact;
    lines = wrapText(text, width, (s) => font.widthOfTextAtSize(s, compact.size));
  }
  const perLine = WRITING_LINE / style.pitch;
  const room = capacity * perLine;
  const fitted = lines.length <= room;
  if (!fitted) {
    lines = lines.slice(0, room);
    let last = lines[room - 1] ?? '';
    while (last && font.widthOfTextAtSize(`${last}${more}`, style.size) > width) last = last.slice(0, -1);
    lines[room - 1] = `${last}${more}`;
  }
  let next = 0;
  for (const part of parts) {
    for (let k = 1; k <= part.lines * perLine && next < lines.length; k++, next++) {
      part.page.drawText(lines[next] as string, {
        x: part.x,
        y: part.top - k * style.pitch + style.lift,
        size: style.size,
        font,
        color: rgb(0, 0, 0),
      });
    }
  }
  return fitted;
}
