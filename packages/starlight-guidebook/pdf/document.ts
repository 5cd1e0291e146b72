import PDFDocument from 'pdfkit';
import { parsedFonts, parsedStatementFont, statementFont } from './fonts.ts';
import { type PdfTheme, page, type } from './theme.ts';

export type Doc = PDFKit.PDFDocument;

export interface DocMeta {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  lang: string;
}

/**
 * A tagged A4 document (PDF/UA subset: structure tree, language, title shown in the window) with
 * the Noto Sans faces registered as `regular`, `italic`, `bold` and `boldItalic`.
 * Pages are buffered so the page frame (header, footer, "page x / y") is drawn at the end.
 */
export function createDoc(meta: DocMeta): Doc {
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margin,
    bufferPages: true,
    autoFirstPage: false,
    // No default Helvetica: pdfkit would parse its metrics for every document, only for the
    // registered Noto Sans to replace it a line later.
    font: null,
    tagged: true,
    subset: 'PDF/UA',
    pdfVersion: '1.7',
    lang: meta.lang,
    displayTitle: true,
    compress: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      ...(meta.keywords ? { Keywords: meta.keywords } : {}),
      Creator: 'guidebook PDF engine (pdfkit)',
      // Fixed dates keep the output identical for identical input (cache, reproducible builds).
      CreationDate: new Date(Date.UTC(2025, 0, 1)),
      ModDate: new Date(Date.UTC(2025, 0, 1)),
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  for (const [name, font] of Object.entries(parsedFonts())) doc.registerFont(name, font as Buffer);
  doc.registerFont(statementFont.name, parsedStatementFont() as Buffer);
  doc.font('regular').fontSize(type.body);
  return doc;
}

/** Runs `draw` as an artifact (decoration that assistive technology skips: rules, boxes, headers). */
export function artifact(doc: Doc, draw: () => void, kind?: 'Pagination' | 'Layout'): void {
  doc.markContent('Artifact', kind ? { type: kind } : undefined);
  draw();
  doc.endMarkedContent();
}

/** Collects the document into one buffer. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export interface FrameText {
  /** Running header, left: e.g. the material's title. */
  header: (pageIndex: number) => string | undefined;
  /** Footer, left: site address; right: page x / y. */
  footerLeft: string;
  footerCentre?: string;
  pageLabel: (x: number, y: number) => string;
  /** Pages without a frame (the cover). */
  skip?: (pageIndex: number) => boolean;
  /**
   * Something drawn at the right of a page's header (the funder's emblem on a file's first page):
   * its width, kept free of the header's text, and how to draw it, right-aligned.
   */
  headerAside?: (pageIndex: number) => { width: number; draw: (x: number) => void } | undefined;
}

/**
 * Draws headers and footers on every buffered page. They are artifacts (pagination), drawn with
 * the bottom margin lifted so pdfkit does not start a new page for text below the body area.
 */
export function drawFrame(doc: Doc, theme: PdfTheme, frame: FrameText): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  const left = page.margin.left;
  const width = page.width - page.margin.left - page.margin.right;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    if (frame.skip?.(i)) continue;
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    artifact(
      doc,
      () => {
        const header = frame.header(i);
        const aside = frame.headerAside?.(i);
        if (aside) aside.draw(left + width - aside.width);
        if (header) {
          doc.font('bold').fontSize(type.small).fillColor(theme.accent);
          doc.text(header, left, page.headerY, {
            width: width - (aside ? aside.width + 12 : 0),
            lineBreak: false,
            ellipsis: true,
          });
          doc
            .moveTo(left, page.headerY + 14)
            .lineTo(left + width, page.headerY + 14)
            .lineWidth(0.6)
            .strokeColor(theme.accent)
            .stroke();
        }
        doc
          .moveTo(left, page.footerY - 8)
          .lineTo(left + width, page.footerY - 8)
          .lineWidth(0.4)
          .strokeColor(theme.rule)
          .stroke();
        doc
          .font('regular')
          .fontSize(type.small - 0.5)
          .fillColor(theme.muted);
        doc.text(frame.footerLeft, left, page.footerY, { width: width * 0.4, lineBreak: false, ellipsis: true });
        if (frame.footerCentre) {
          doc.text(frame.footerCentre, left + width * 0.3, page.footerY, {
            width: width * 0.45,
            align: 'center',
            lineBreak: false,
            ellipsis: true,
          });
        }
        doc.font('bold').fillColor(theme.text);
        doc.text(frame.pageLabel(i - range.start + 1, total), left + width * 0.7, page.footerY, {
          width: width * 0.3,
          align: 'right',
          lineBreak: false,
        });
      },
      'Pagination',
    );
    doc.page.margins = margins;
  }
}
