import {
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  type PDFPage,
  PDFRef,
  PDFString,
  type PDFTextField,
  rgb,
} from 'pdf-lib';
import { wrapText } from './lined-text.ts';

/**
 * Answers longer than their box are never cut off: a one-line box or table cell takes its answer
 * in smaller type on as many lines as its height holds, and what still does not fit is written in
 * full on pages added at the end of the file, under the question's label, with a reference
 * ("… [1]") in the box. (pdf-lib shrank such text to 4 pt and clipped the rest.)
 */

/** Sizes tried in a box, largest first; 6 pt is still legible on paper. */
const BOX_SIZES = [10, 9, 8, 7, 6];
const INSET = 2;

export interface Continued {
  /** The reference shown in the box, e.g. "[1]". */
  ref: string;
  label: string;
  text: string;
}

/** Whether `text` fits on one line of the field at the size the form's boxes use. */
export function fitsOneLine(field: PDFTextField, text: string, font: PDFFont, doc: PDFDocument): boolean {
  const rect = widgetRect(field, doc);
  return (
    !rect || (!text.includes('\n') && font.widthOfTextAtSize(text, BOX_SIZES[0] as number) <= rect.width - 2 * INSET)
  );
}

function widgetRect(field: PDFTextField, doc: PDFDocument) {
  const widget = field.acroField.getWidgets()[0];
  if (!widget) return undefined;
  const ref = doc.context.getObjectRef(widget.dict);
  const page = doc.getPages().find((p) => {
    const annots = p.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const a = annots?.get(i);
      if (a instanceof PDFRef && ref && a.toString() === ref.toString()) return true;
    }
    return false;
  });
  const r = widget.getRectangle();
  return page ? { page, x: r.x, y: r.y, width: r.width, height: r.height } : undefined;
}

/** The field's label as the form gives it to screen readers (its tooltip), or its name. */
export function fieldLabel(field: PDFTextField): string {
  const tu = field.acroField.dict.lookup(PDFName.of('TU'));
  return tu instanceof PDFString || tu instanceof PDFHexString ? tu.decodeText() : field.getName();
}

/**
 * Writes `text` into the field's box as page content (the caller removes the field). Returns
 * false when even the smallest type could not hold it: then the box ends with `more` and the
 * caller continues the answer at the end of the file.
 */
export function writeInBox(doc: PDFDocument, field: PDFTextField, text: string, font: PDFFont, more: string): boolean {
  const rect = widgetRect(field, doc);
  if (!rect) return true;
  const width = rect.width - 2 * INSET;
  for (const size of BOX_SIZES) {
    const lead = size * 1.15;
    const room = Math.max(1, Math.floor((rect.height - INSET) / lead));
    let lines = wrapText(text, width, (s) => font.widthOfTextAtSize(s, size));
    const fitted = lines.length <= room;
    if (!fitted && size !== BOX_SIZES.at(-1)) continue;
    if (!fitted) {
      lines = lines.slice(0, room);
      let last = lines[room - 1] ?? '';
      while (last && font.widthOfTextAtSize(`${last}${more}`, size) > width) last = last.slice(0, -1);
      lines[room - 1] = `${last}${more}`;
    }
    // Lines centred in the box's height, as a typed line sits in it.
    const top = rect.y + rect.height - (rect.height - lines.length * lead) / 2;
    lines.forEach((line, i) => {
      rect.page.drawText(line, {
        x: rect.x + INSET,
        y: top - (i + 1) * lead + size * 0.25,
        size,
        font,
        color: rgb(0, 0, 0),
      });
    });
    return fitted;
  }
  return true;
}

/** Adds pages with the whole of each answer that did not fit in its box. */
export function appendContinued(doc: PDFDocument, font: PDFFont, items: Continued[], heading: string): void {
  if (items.length === 0) return;
  const [first] = doc.getPages();
  const { width, height } = first?.getSize() ?? { width: 595.28, height: 841.89 };
  const margin = 56;
  const text = 10;
  const lead = 14;
  let page: PDFPage = doc.addPage([width, height]);
  let y = height - margin;
  const line = (s: string, size = text) => {
    if (y - lead < margin) {
      page = doc.addPage([width, height]);
      y = height - margin;
    }
    y -= lead;
    page.drawText(s, { x: margin, y, size, font, color: rgb(0, 0, 0) });
  };
  const measure = (size: number) => (s: string) => font.widthOfTextAtSize(s, size);
  for (const s of wrapText(heading, width - 2 * margin, measure(13))) line(s, 13);
  for (const item of items) {
    y -= lead / 2;
    for (const s of wrapText(`${item.ref} ${item.label}`, width - 2 * margin, measure(text))) line(s);
    for (const s of wrapText(item.text, width - 2 * margin - 12, measure(text))) line(`   ${s}`);
  }
}
