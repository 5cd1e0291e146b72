import { translator } from '../../translations/index.ts';
import type { WorksheetDefinition } from '../../worksheets/schema.ts';
import { createDoc, drawFrame, finish } from '../document.ts';
import { headerEmblem } from '../emblem.ts';
import { group, type LayoutContext, textBlock } from '../layout.ts';
import { outlineCollector } from '../outline.ts';
import { pageBreakProblems, placedIn } from '../page-breaks.ts';
import type { PdfSite } from '../site.ts';
import { contentWidth, page, type } from '../theme.ts';
import { renderWorksheet } from '../worksheet/layout.ts';
import { type BookContext, renderBlocks } from './blocks.ts';
import type { BookChapter } from './book.ts';
import { dropEmptySections } from './flow.ts';

export interface PagePdfInput {
  /** The page, already through the print forms. */
  chapter: BookChapter;
  locale: string;
  /** Material the page belongs to (its title runs in the header). */
  material: string;
  /** Worksheets a page may show, by id. */
  worksheets: Map<string, WorksheetDefinition>;
  /** The page's own address (a worksheet on the page points to it for filling in online). */
  pageUrl: string;
  root: string;
  site: PdfSite;
}

/**
 * One page of the site as a PDF of its own, for pages meant to be printed and handed out (a card,
 * a checklist): no cover and no contents, the page's title, its content, and the usual frame. A
 * page asks for it with `pagePdf: true` in its frontmatter.
 */
export async function pagePdf(
  input: PagePdfInput,
): Promise<{ bytes: Uint8Array; pages: number; pageBreaks: string[] }> {
  const { chapter, locale, site } = input;
  const materialTitle = site.materialTitle(input.material, locale);
  const doc = createDoc({
    title: chapter.title,
    author: site.author(locale),
    subject: materialTitle,
    keywords: [site.title(locale), materialTitle, chapter.title].join(', '),
    lang: locale,
  });
  doc.addPage();
  const base: LayoutContext = { doc, theme: site.theme, locale, x: page.margin.left, width: contentWidth };
  const outline = outlineCollector(doc);
  group(doc, 'Sect', () => {
    outline.collect(1, chapter.title);
    // A sheet to hand out: a smaller title than a book chapter's leaves the page to the content.
    textBlock(base, 'H1', chapter.title, { font: 'bold', size: type.h2 + 2, color: site.theme.accent, gap: 6 });
    const ctx: BookContext = {
      ...base,
      site,
      root: input.root,
      file: chapter.file,
      relPath: chapter.relPath,
      onHeading: (level, text) => {
        if (level === 2) outline.collect(2, text);
      },
      onWorksheet: (node) => {
        const sheet = input.worksheets.get(node.id);
        if (!sheet) return chapter.file.fail(`no worksheet "${node.id}" (content/worksheets/${node.id}.yaml)`);
        renderWorksheet(sheet, { ...base, form: undefined }, { level: 2, pageUrl: input.pageUrl });
      },
    };
    renderBlocks(dropEmptySections(chapter.tree.children), ctx);
  });
  outline.write();
  drawFrame(doc, site.theme, {
    header: () => materialTitle,
    footerLeft: site.address,
    footerCentre: site.licenseNotice(locale),
    pageLabel: (x: number, y: number) => translator(locale)('guidebook.pdf.page', { page: x, pages: y }),
    headerAside: headerEmblem(doc, site, locale, doc.bufferedPageRange().start),
  });
  const pages = doc.bufferedPageRange().count;
  const pageBreaks = pageBreakProblems(placedIn(doc));
  return { bytes: await finish(doc), pages, pageBreaks };
}
