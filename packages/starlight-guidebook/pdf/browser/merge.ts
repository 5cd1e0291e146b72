import {
  type PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRef,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import { dropDanglingAnnots } from './fill.ts';

/**
 * Puts several of the site's PDFs into one, in the order given, with a bookmark per part that
 * opens its first page: a coach's session pack (components/SessionPack.astro). Fillable forms are
 * flattened first, so the fields of two forms cannot clash and every part prints as it looks.
 * Runs in the answers-PDF worker (fill-worker.ts) and in Node for tests; no network, no DOM.
 */
export interface PackPart {
  bytes: ArrayBuffer | Uint8Array;
  /** The bookmark's text: the part's title. */
  title: string;
}

export interface PackOptions {
  title: string;
  /** Language of the pack, e.g. `fi`. */
  lang: string;
  /** A first page: the title, lines under it (a date), and a contents list of the parts with their pages. */
  cover?: { lines: string[]; contents: string; pageWord: string };
}

export async function mergePdfs(parts: PackPart[], options: PackOptions): Promise<Uint8Array> {
  if (parts.length === 0) throw new Error('nothing to put in the pack');
  const pack = await PDFDocument.create();
  pack.setTitle(options.title, { showInWindowTitleBar: true });
  pack.setLanguage(options.lang);
  const starts: { title: string; page: PDFRef }[] = [];
  for (const part of parts) {
    const source = await PDFDocument.load(part.bytes, { updateMetadata: false });
    const form = source.getForm();
    if (form.getFields().length > 0) {
      form.flatten();
      dropDanglingAnnots(source);
    }
    const pages = await pack.copyPages(source, source.getPageIndices());
    pages.forEach((page, i) => {
      pack.addPage(page);
      if (i === 0) starts.push({ title: part.title, page: page.ref });
    });
  }
  if (options.cover) {
    const cover = await drawCover(pack, options.title, options.cover, starts);
    starts.unshift({ title: options.title, page: cover });
  }
  addOutline(pack, starts);
  return pack.save();
}

/**
 * The cover, put before the parts: the title, its lines, and the contents with each part's first
 * page (the cover is page 1). Helvetica, so letters beyond Western European ones show as "?";
 * headings stand out by size.
 */
async function drawCover(
  pdf: PDFDocument,
  title: string,
  cover: NonNullable<PackOptions['cover']>,
  parts: { title: string; page: PDFRef }[],
): Promise<PDFRef> {
  // A4, like the site's PDFs.
  const [width, height] = [595.28, 841.89];
  const page = pdf.insertPage(0, [width, height]);
  // Helvetica only: the worker carries no other standard font's metrics (fill-worker-asset.ts).
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const margin = 64;
  let y = height - 110;
  const line = (text: string, font: PDFFont, size: number, x = margin) => {
    page.drawText(shown(text, font), { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  };
  line(title, regular, 26);
  y -= 30;
  for (const text of cover.lines) {
    line(text, regular, 12);
    y -= 18;
  }
  y -= 30;
  line(cover.contents, regular, 16);
  y -= 24;
  const refs = pdf.getPages().map((p) => p.ref);
  for (const part of parts) {
    if (y < margin) break;
    const number = String(refs.indexOf(part.page) + 1);
    line(part.title, regular, 12);
    const label = `${cover.pageWord} ${number}`;
    line(label, regular, 12, width - margin - regular.widthOfTextAtSize(label, 12));
    y -= 20;
  }
  return page.ref;
}

/** The text with "?" for each character the font has no letter for. */
function shown(text: string, font: PDFFont): string {
  const letters = new Set(font.getCharacterSet());
  return [...text.normalize('NFC')].map((ch) => (letters.has(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
}

/** A flat outline (bookmarks), shown open when the file opens: one entry per part. */
function addOutline(pdf: PDFDocument, entries: { title: string; page: PDFRef }[]): void {
  const { context } = pdf;
  const outlineRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({}) as PDFDict;
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), outlineRef);
    item.set(PDFName.of('Dest'), context.obj([entry.page, PDFName.of('Fit')]));
    const previous = refs[i - 1];
    const next = refs[i + 1];
    if (previous) item.set(PDFName.of('Prev'), previous);
    if (next) item.set(PDFName.of('Next'), next);
    context.assign(refs[i] as PDFRef, item);
  });
  const outline = context.obj({}) as PDFDict;
  outline.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outline.set(PDFName.of('First'), refs[0] as PDFRef);
  outline.set(PDFName.of('Last'), refs[refs.length - 1] as PDFRef);
  outline.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  context.assign(outlineRef, outline);
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
