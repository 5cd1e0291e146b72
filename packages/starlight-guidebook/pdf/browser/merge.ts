import { type PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
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
  addOutline(pack, starts);
  return pack.save();
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
