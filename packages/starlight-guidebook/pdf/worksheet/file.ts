import { translator } from '../../translations/index.ts';
import type { WorksheetDefinition } from '../../worksheets/schema.ts';
import { paragraphs, pickText } from '../../worksheets/text.ts';
import { createDoc, drawFrame, finish } from '../document.ts';
import { headerEmblem } from '../emblem.ts';
import { outlineCollector } from '../outline.ts';
import { packObjects } from '../pack.ts';
import { pageBreakProblems, placedIn } from '../page-breaks.ts';
import type { PdfSite } from '../site.ts';
import { contentWidth, page } from '../theme.ts';
import { createForm } from './acroform.ts';
import type { SheetContext } from './context.ts';
import { renderWorksheet } from './layout.ts';

export interface WorksheetPdf {
  bytes: Uint8Array;
  pages: number;
  fields: number;
  /** Page-break rules the layout broke (page-breaks.ts); empty when all is well. */
  pageBreaks: string[];
}

/** A worksheet as its own A4 file: laid out for handwriting, with fillable fields where one writes. */
export async function worksheetPdf(
  sheet: WorksheetDefinition,
  locale: string,
  site: PdfSite,
  pageUrl?: string,
): Promise<WorksheetPdf> {
  const title = pickText(sheet.title, locale);
  const materialTitle = site.materialTitle(sheet.material, locale);
  const doc = createDoc({
    title,
    author: site.author(locale),
    subject: `${materialTitle}: ${paragraphs(pickText(sheet.intro, locale))[0] ?? ''}`.slice(0, 300),
    keywords: [site.title(locale), materialTitle, translator(locale)('guidebook.pdf.worksheet')].join(', '),
    lang: locale,
  });
  doc.addPage();
  const form = createForm(doc);
  const ctx: SheetContext = {
    doc,
    theme: site.theme,
    locale,
    x: page.margin.left,
    width: contentWidth,
    form,
  };
  const outline = outlineCollector(doc);
  renderWorksheet(sheet, ctx, { pageUrl, onHeading: outline.collect });
  outline.write();
  drawFrame(doc, site.theme, {
    header: () => `${site.title(locale)} · ${materialTitle}`,
    footerLeft: site.address,
    footerCentre: site.licenseNotice(locale),
    pageLabel: (x: number, y: number) => translator(locale)('guidebook.pdf.page', { page: x, pages: y }),
    headerAside: headerEmblem(doc, site, locale, doc.bufferedPageRange().start),
  });
  const pages = doc.bufferedPageRange().count;
  const pageBreaks = pageBreakProblems(placedIn(doc));
  return { bytes: await packObjects(await finish(doc)), pages, fields: form.count(), pageBreaks };
}
