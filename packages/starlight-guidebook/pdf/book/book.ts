import type { Heading, Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { WorksheetDefinition } from '../../worksheets/schema.ts';
import { pickText } from '../../worksheets/text.ts';
import { artifact, createDoc, type Doc, drawFrame, finish } from '../document.ts';
import { bodyHeight, group, type LayoutContext, textBlock } from '../layout.ts';
import type { WorksheetNode } from '../mdx/transform.ts';
import type { PdfSite } from '../site.ts';
import { t } from '../strings.ts';
import { taggedLink } from '../tagged-link.ts';
import { contentWidth, page, type } from '../theme.ts';
import { renderWorksheet } from '../worksheet/layout.ts';
import { type BookContext, renderBlock } from './blocks.ts';

/** One page of the material, already through the print forms. */
export interface BookChapter {
  title: string;
  /** Site path of the page without locale prefix, e.g. `garden/soil`. */
  slug?: string;
  tree: Root;
  file: VFile;
  relPath: string;
}

export interface BookInput {
  slug: string;
  locale: string;
  chapters: BookChapter[];
  /** The material's worksheets by id (all of them; those not placed in a page go to the end). */
  worksheets: Map<string, WorksheetDefinition>;
  /** Every worksheet of the site, for a page that shows one from another material. */
  allWorksheets?: Map<string, WorksheetDefinition>;
  /** Address of each worksheet's page, for "fill in online" notes. */
  worksheetUrls: Map<string, string>;
  root: string;
  site: PdfSite;
}

export interface BookPdf {
  bytes: Uint8Array;
  pages: number;
  headings: string[];
}

interface TocEntry {
  level: 1 | 2;
  title: string;
  page: number;
  dest: string;
}

const TOC_LINE = { 1: 21, 2: 15.5 } as const;

/** A material as a printed book: cover, contents, chapters in sidebar order, worksheets. */
export async function bookPdf(input: BookInput): Promise<BookPdf> {
  const { site, locale, slug } = input;
  const title = site.materialTitle(slug, locale);
  const doc = createDoc({
    title,
    author: site.author(locale),
    subject: site.materialSubject(slug, locale),
    keywords: [site.title(locale), title].join(', '),
    lang: locale,
  });
  const toc: TocEntry[] = [];
  const outline: { entry: TocEntry; children: TocEntry[] }[] = [];
  const chapterOfPage = new Map<number, string>();
  const headings: string[] = [];
  let destCount = 0;
  const pageIndex = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const mark = (level: 1 | 2, text: string, y: number) => {
    const dest = `h${++destCount}`;
    doc.addNamedDestination(dest, 'XYZ', null, page.height - y + 6, null);
    const entry: TocEntry = { level, title: text, page: pageIndex(), dest };
    if (level === 1) outline.push({ entry, children: [] });
    else outline.at(-1)?.children.push(entry);
    toc.push(entry);
    headings.push(text);
  };

  // 1. Cover.
  doc.addPage();
  drawCover(doc, input, title);

  // 2. Contents: room now (pages are counted from the headings), filled in at the end.
  const placed = new Set<string>();
  const tocLines = input.chapters.reduce(
    (sum, ch) =>
      sum +
      TOC_LINE[1] +
      ch.tree.children.filter((n) => n.type === 'heading' && (n as Heading).depth === 2).length * TOC_LINE[2],
    0,
  );
  const tocPagesNeeded = Math.max(
    1,
    Math.ceil((tocLines + input.worksheets.size * TOC_LINE[2] + TOC_LINE[1] + 80) / (bodyHeight - 10)),
  );
  const tocStart = pageIndex() + 1;
  for (let i = 0; i < tocPagesNeeded; i++) doc.addPage();
  const tocElement = doc.struct('TOC');
  doc.addStructure(tocElement);

  // 3. Chapters.
  const base: LayoutContext = { doc, theme: site.theme, locale, x: page.margin.left, width: contentWidth };
  let chapterNo = 0;
  let chapterTitle = '';
  let needPage = false;
  const worksheetPages = (sheet: WorksheetDefinition) => {
    // A worksheet starts on its own page (to copy it), unless the page holds little more than the
    // chapter's opening; what follows a worksheet starts on a new page.
    if (doc.y > page.margin.top + bodyHeight * 0.35) doc.addPage();
    else {
      artifact(doc, () =>
        doc
          .rect(page.margin.left, doc.y + 4, contentWidth, 0.8)
          .fillColor(site.theme.rule)
          .fill(),
      );
      doc.y += 20;
    }
    chapterOfPage.set(pageIndex(), chapterTitle);
    const sheetTitle = pickText(sheet.title, locale);
    mark(2, sheetTitle, doc.y);
    group(doc, 'Sect', () =>
      renderWorksheet(sheet, { ...base, form: undefined }, { level: 2, pageUrl: input.worksheetUrls.get(sheet.id) }),
    );
    placed.add(sheet.id);
    needPage = true;
  };
  // Links between pages of this book become chapter references ("luku 3") with a link inside the PDF.
  const chapterBySlug = new Map(input.chapters.map((c, i) => [c.slug ?? '', i + 1]));
  const prefix = locale === site.rootLocale ? '' : `${locale}/`;
  const internal = (url: string) => {
    if (!url.startsWith('/')) return undefined;
    let key = url.split('#')[0]?.replace(/^\/+|\/+$/g, '') ?? '';
    if (prefix && key.startsWith(prefix)) key = key.slice(prefix.length);
    else if (prefix) return undefined;
    const n = chapterBySlug.get(key);
    return n ? { label: `${t(locale, 'pdf.chapter').toLowerCase()} ${n}`, dest: `chapter-${n}` } : undefined;
  };
  const startChapter = (text: string) => {
    doc.addPage();
    chapterNo++;
    chapterTitle = text;
    chapterOfPage.set(pageIndex(), text);
    doc.addNamedDestination(`chapter-${chapterNo}`, 'XYZ', null, page.height - doc.y + 6, null);
    textBlock(base, 'P', `${t(locale, 'pdf.chapter')} ${chapterNo}`.toUpperCase(), {
      font: 'bold',
      size: type.small,
      color: site.theme.accent,
      characterSpacing: 1.2,
      gap: 4,
    });
    mark(1, text, doc.y);
    textBlock(base, 'H1', text, { font: 'bold', size: type.h1, color: site.theme.accent, gap: 6 });
    artifact(doc, () => doc.rect(page.margin.left, doc.y, 48, 3).fillColor(site.theme.accent).fill());
    doc.y += 18;
    needPage = false;
  };

  for (const chapter of input.chapters) {
    startChapter(chapter.title);
    const ctx: BookContext = {
      ...base,
      site,
      root: input.root,
      file: chapter.file,
      relPath: chapter.relPath,
      internal,
      onHeading: (level, text) => {
        if (level === 2) mark(2, text, doc.y);
      },
      onWorksheet: (node: WorksheetNode) => {
        const sheet = input.worksheets.get(node.id) ?? input.allWorksheets?.get(node.id);
        if (!sheet) chapter.file.fail(`no worksheet "${node.id}" (content/worksheets/${node.id}.yaml)`);
        worksheetPages(sheet);
      },
    };
    group(doc, 'Sect', () => {
      for (const node of chapter.tree.children) {
        if (needPage && node.type !== ('worksheet' as string)) {
          doc.addPage();
          needPage = false;
        }
        const before = pageIndex();
        renderBlock(node, ctx);
        for (let p = before; p <= pageIndex(); p++) if (!chapterOfPage.has(p)) chapterOfPage.set(p, chapterTitle);
      }
    });
  }

  // 4. Worksheets no page placed: an appendix chapter.
  const rest = [...input.worksheets.values()].filter((s) => !placed.has(s.id));
  if (rest.length > 0) {
    startChapter(t(locale, 'pdf.worksheets'));
    let first = true;
    for (const sheet of rest) {
      if (first) {
        // The first worksheet may start right under the chapter title.
        chapterOfPage.set(pageIndex(), chapterTitle);
        mark(2, pickText(sheet.title, locale), doc.y);
        group(doc, 'Sect', () =>
          renderWorksheet(
            sheet,
            { ...base, form: undefined },
            { level: 2, pageUrl: input.worksheetUrls.get(sheet.id) },
          ),
        );
        placed.add(sheet.id);
        first = false;
      } else worksheetPages(sheet);
    }
  }
  const lastPage = pageIndex();
  for (let p = tocStart + tocPagesNeeded; p <= lastPage; p++)
    if (!chapterOfPage.has(p)) chapterOfPage.set(p, chapterOfPage.get(p - 1) ?? '');

  // 5. Contents, now that page numbers are known.
  drawContents(doc, base, tocElement, toc, tocStart, tocPagesNeeded, locale);

  // 6. Bookmarks mirroring the headings.
  for (const { entry, children } of outline) {
    const item = doc.outline.addItem(entry.title, { pageNumber: entry.page } as never);
    for (const child of children) item.addItem(child.title, { pageNumber: child.page } as never);
  }

  // 7. Running headers and page numbers.
  drawFrame(doc, site.theme, {
    skip: (i) => i === 0,
    header: (i) => {
      const chapter = chapterOfPage.get(i);
      return chapter && chapter !== title ? `${title} · ${chapter}` : title;
    },
    footerLeft: site.address,
    footerCentre: site.licenseNotice(locale),
    pageLabel: t(locale, 'pdf.page'),
  });
  const pages = doc.bufferedPageRange().count;
  const bytes = await finish(doc);
  return { bytes, pages, headings };
}

function drawCover(doc: Doc, input: BookInput, title: string): void {
  const { site, locale, slug } = input;
  const theme = site.theme;
  const left = page.margin.left;
  const width = contentWidth;
  artifact(doc, () => {
    doc.rect(0, 0, page.width, 300).fillColor(theme.accent).fill();
    doc.rect(0, 300, page.width, 8).fillColor(theme.accentLight).fill();
  });
  const ctx: LayoutContext = { doc, theme, locale, x: left, width };
  doc.y = 92;
  textBlock(ctx, 'P', site.title(locale).toUpperCase(), {
    font: 'bold',
    size: 11,
    color: '#ffffff',
    characterSpacing: 2,
    gap: 14,
  });
  textBlock(ctx, 'H1', title, { font: 'bold', size: 32, color: '#ffffff', gap: 12 });
  const subject = site.materialSubject(slug, locale);
  if (subject) textBlock(ctx, 'P', subject, { size: 14, color: '#ffffff', gap: 0 });
  doc.y = 350;
  const tagline = pickText(site.config.tagline, locale);
  if (tagline) textBlock(ctx, 'P', tagline, { size: 12, color: theme.text, gap: 20 });
  textBlock(ctx, 'P', site.absolute(''), { font: 'bold', size: 11, color: theme.accent, gap: 4 });
  const bottom = page.height - 190;
  doc.y = bottom;
  artifact(doc, () =>
    doc
      .rect(left, bottom - 14, width, 0.8)
      .fillColor(theme.rule)
      .fill(),
  );
  const organisations = site.config.organisations.map((o) => `${o.name} (${pickText(o.role, locale)})`).join(' · ');
  textBlock(ctx, 'P', organisations, { size: type.small + 0.5, color: theme.muted, gap: 6 });
  const funding = pickText(site.config.funding, locale);
  if (funding) textBlock(ctx, 'P', funding, { size: type.small + 0.5, color: theme.muted, gap: 6 });
  textBlock(ctx, 'P', `${site.licenseNotice(locale)} · ${site.config.license.content.url}`, {
    size: type.small + 0.5,
    color: theme.muted,
    gap: 0,
  });
}

function drawContents(
  doc: Doc,
  base: LayoutContext,
  tocElement: ReturnType<Doc['struct']>,
  toc: TocEntry[],
  start: number,
  count: number,
  locale: string,
): void {
  const range = doc.bufferedPageRange();
  let p = start;
  doc.switchToPage(p);
  doc.y = page.margin.top;
  tocElement.add(
    doc.struct('H1', {}, [
      () => {
        doc.font('bold').fontSize(type.h1).fillColor(base.theme.accent);
        doc.text(t(locale, 'pdf.contents'), base.x, doc.y, { width: base.width });
      },
    ]),
  );
  doc.y += 16;
  for (const entry of toc) {
    const h = TOC_LINE[entry.level];
    if (doc.y + h > page.height - page.margin.bottom) {
      if (p + 1 >= start + count) break; // estimate was short: never overwrite content pages
      doc.switchToPage(++p);
      doc.y = page.margin.top;
    }
    const y = doc.y + (entry.level === 1 ? 5 : 0);
    const indent = entry.level === 1 ? 0 : 16;
    const size = entry.level === 1 ? type.body + 0.5 : type.body - 0.5;
    const number = String(entry.page - range.start + 1);
    // TOCI > Reference > Link: the entry's title and page number lead to the heading.
    const item = doc.struct('TOCI');
    tocElement.add(item);
    const reference = doc.struct('Reference');
    item.add(reference);
    taggedLink(doc, reference, t(locale, 'pdf.tocEntry')(entry.title, Number(number)), () => {
      doc
        .font(entry.level === 1 ? 'bold' : 'regular')
        .fontSize(size)
        .fillColor(base.theme.text);
      const numberWidth = doc.widthOfString(number);
      doc.text(entry.title, base.x + indent, y, {
        width: base.width - indent - 40,
        lineBreak: false,
        ellipsis: true,
        goTo: entry.dest,
      });
      doc.text(number, base.x + base.width - numberWidth, y, { lineBreak: false, goTo: entry.dest });
    });
    reference.end();
    item.end();
    doc.y = y + h;
  }
  tocElement.end();
  doc.switchToPage(range.start + range.count - 1);
}

export function chapterHeadings(tree: Root): string[] {
  return tree.children.filter((n): n is Heading => n.type === 'heading').map((n) => plainText(n));
}
