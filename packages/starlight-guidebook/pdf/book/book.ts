import type { Heading, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { translator } from '../../translations/index.ts';
import type { WorksheetDefinition } from '../../worksheets/schema.ts';
import { pickText } from '../../worksheets/text.ts';
import { artifact, createDoc, type Doc, drawFrame, finish } from '../document.ts';
import { drawFundingEmblem } from '../emblem.ts';
import { bodyHeight, ensureRoom, group, type LayoutContext, textBlock, textHeight } from '../layout.ts';
import type { BookNode, WorksheetNode } from '../mdx/transform.ts';
import { pageBreakProblems, placedIn } from '../page-breaks.ts';
import type { PdfSite } from '../site.ts';
import { taggedLink } from '../tagged-link.ts';
import { contentWidth, page, type } from '../theme.ts';
import { renderWorksheet } from '../worksheet/layout.ts';
import { type BookContext, paragraphHeight, renderBlock } from './blocks.ts';
import { dropEmptySections, isSmallNote, keepHyphenedWords } from './flow.ts';

/** Room for a heading (its space above, its line, the gap under it) when keeping it with what follows. */
const HEADING_ALLOWANCE = 40;

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
  /** Page-break rules the layout broke (page-breaks.ts); empty when all is well. */
  pageBreaks: string[];
}

interface TocEntry {
  level: 1 | 2;
  title: string;
  page: number;
  dest: string;
}

const TOC_LINE = { 1: 21, 2: 15.5 } as const;
/** Room of the contents' title, above its first entry. */
const TOC_TITLE = 48;

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

  // 2. Contents: room now, filled in at the end. Its entries are known before the layout (only
  // their page numbers are not), so its pages are counted exactly: no blank contents page.
  const placed = new Set<string>();
  for (const chapter of input.chapters) chapter.tree.children = dropEmptySections(chapter.tree.children);
  const tocPagesNeeded = contentsPages(plannedContents(input, locale));
  const tocStart = pageIndex() + 1;
  for (let i = 0; i < tocPagesNeeded; i++) doc.addPage();
  const tocElement = doc.struct('TOC');
  doc.addStructure(tocElement);

  // 3. Chapters.
  const base: LayoutContext = { doc, theme: site.theme, locale, x: page.margin.left, width: contentWidth };
  let chapterNo = 0;
  let chapterTitle = '';
  let needPage = false;
  // A heading (and a line or two) that introduces a worksheet goes with it: the page decision is
  // taken before the heading, which then stays with the worksheet instead of ending a page alone.
  let worksheetPageTaken = false;
  const startWorksheetPage = () => {
    if (doc.y > page.margin.top + bodyHeight * 0.35) doc.addPage();
  };
  const worksheetPages = (sheet: WorksheetDefinition, keepAfter = 0) => {
    // A worksheet starts on its own page (to copy it), unless the page holds little more than the
    // chapter's opening; what follows a worksheet starts on a new page.
    if (worksheetPageTaken) worksheetPageTaken = false;
    else if (doc.y > page.margin.top + bodyHeight * 0.35) doc.addPage();
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
    // A page that is the worksheet (same title) is listed once in the contents, as its chapter.
    if (!sameTitle(sheetTitle, chapterTitle)) mark(2, sheetTitle, doc.y);
    group(doc, 'Sect', () =>
      renderWorksheet(
        sheet,
        { ...base, form: undefined },
        { level: 2, pageUrl: input.worksheetUrls.get(sheet.id), keepAfter },
      ),
    );
    placed.add(sheet.id);
    needPage = true;
  };
  // Links between pages of this book become chapter references ("luku 3") with a link inside the PDF.
  const chapterBySlug = new Map(input.chapters.map((c, i) => [c.slug ?? '', i + 1]));
  const prefix = locale === site.rootLocale ? '' : `${locale}/`;
  const internal = (url: string, text: string) => {
    if (!url.startsWith('/')) return undefined;
    let key = url.split('#')[0]?.replace(/^\/+|\/+$/g, '') ?? '';
    if (prefix && key.startsWith(prefix)) key = key.slice(prefix.length);
    else if (prefix) return undefined;
    const n = chapterBySlug.get(key);
    if (!n) return undefined;
    // The chapter by its title, as on the web (a number would be the book's own, not the site's);
    // a link whose text is the title needs no label.
    const title = input.chapters[n - 1]?.title ?? '';
    return namesTitle(text, title)
      ? { dest: `chapter-${n}` }
      : { label: translator(locale)('guidebook.pdf.seeChapter', { title }), dest: `chapter-${n}` };
  };
  const startChapter = (text: string) => {
    doc.addPage();
    chapterNo++;
    chapterTitle = text;
    chapterOfPage.set(pageIndex(), text);
    doc.addNamedDestination(`chapter-${chapterNo}`, 'XYZ', null, page.height - doc.y + 6, null);
    // No "Chapter n" above the title: the site's pages have no numbers, and a number of the book's
    // own beside a page's own ("Stage 1") would not match the web.
    mark(1, text, doc.y);
    textBlock(base, 'H1', text, { font: 'bold', size: type.h1, color: site.theme.accent, gap: 6 });
    artifact(doc, () => doc.rect(page.margin.left, doc.y, 48, 3).fillColor(site.theme.accent).fill());
    doc.y += 18;
    needPage = false;
  };

  let closingNote = 0;
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
        worksheetPages(sheet, closingNote);
      },
    };
    group(doc, 'Sect', () => {
      const nodes = chapter.tree.children as BookNode[];
      for (const [i, node] of nodes.entries()) {
        // A source note may stay under the worksheet it follows: alone on a page it said nothing.
        if (needPage && node.type !== 'worksheet' && !isSmallNote(node)) {
          doc.addPage();
          needPage = false;
        }
        if (node.type === 'heading' && introducesWorksheet(nodes, i)) {
          startWorksheetPage();
          worksheetPageTaken = true;
        }
        // The source note that closes a chapter keeps the block before it company: alone on a
        // page of its own it said nothing. A short paragraph moves on with it; a worksheet keeps
        // room for it under its last question.
        const note = nodes[i + 1];
        closingNote = i === nodes.length - 2 && isSmallNote(note) ? paragraphHeight(note as Paragraph, ctx) : 0;
        if (closingNote > 0 && node.type === 'paragraph') {
          const h = paragraphHeight(node, ctx);
          if (h < bodyHeight * 0.3) ensureRoom(ctx, h + closingNote);
        }
        // A heading over that closing paragraph goes on with it and its note: kept for the
        // paragraph alone, it was left at the foot of a page when the two moved on together.
        const closing = nodes[i + 1];
        if (node.type === 'heading' && i + 1 === nodes.length - 2 && closing?.type === 'paragraph') {
          const h = paragraphHeight(closing, ctx);
          const nextNote = nodes[i + 2];
          if (isSmallNote(nextNote) && h < bodyHeight * 0.3) {
            ensureRoom(ctx, HEADING_ALLOWANCE + h + paragraphHeight(nextNote as Paragraph, ctx));
          }
        }
        const before = pageIndex();
        renderBlock(node, ctx, nodes[i + 1]);
        for (let p = before; p <= pageIndex(); p++) if (!chapterOfPage.has(p)) chapterOfPage.set(p, chapterTitle);
      }
    });
  }

  // 4. Worksheets no page placed: an appendix chapter.
  const rest = [...input.worksheets.values()].filter((s) => !placed.has(s.id));
  if (rest.length > 0) {
    startChapter(translator(locale)('guidebook.pdf.worksheets'));
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
    pageLabel: (x: number, y: number) => translator(locale)('guidebook.pdf.page', { page: x, pages: y }),
  });
  const pages = doc.bufferedPageRange().count;
  const pageBreaks = pageBreakProblems(placedIn(doc));
  const bytes = await finish(doc);
  return { bytes, pages, headings, pageBreaks };
}

function drawCover(doc: Doc, input: BookInput, title: string): void {
  const { site, locale, slug } = input;
  const theme = site.theme;
  const left = page.margin.left;
  const width = contentWidth;
  const ctx: LayoutContext = { doc, theme, locale, x: left, width };
  const coverTitle = keepHyphenedWords(title);
  const subject = site.materialSubject(slug, locale);
  // The band grows with a long title (three lines) so that the white subtitle stays on it.
  const heading =
    92 +
    textHeight(ctx, site.title(locale).toUpperCase(), { font: 'bold', size: 11, characterSpacing: 2 }) +
    14 +
    textHeight(ctx, coverTitle, { font: 'bold', size: 32 }) +
    12 +
    (subject ? textHeight(ctx, subject, { size: 14 }) : 0);
  const band = Math.max(300, heading + 28);
  artifact(doc, () => {
    doc.rect(0, 0, page.width, band).fillColor(theme.accent).fill();
    doc.rect(0, band, page.width, 8).fillColor(theme.accentLight).fill();
  });
  doc.y = 92;
  textBlock(ctx, 'P', site.title(locale).toUpperCase(), {
    font: 'bold',
    size: 11,
    color: '#ffffff',
    characterSpacing: 2,
    gap: 14,
  });
  textBlock(ctx, 'H1', coverTitle, { font: 'bold', size: 32, color: '#ffffff', gap: 12 });
  if (subject) textBlock(ctx, 'P', subject, { size: 14, color: '#ffffff', gap: 0 });
  doc.y = band + 50;
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
  if (site.config.fundingEmblem) {
    // The funder's emblem heads the cover's foot, at least as tall as any other logo (there is none).
    drawFundingEmblem(doc, site, locale, { x: left, y: bottom - 66, height: 36, as: 'content' });
    doc.x = left;
    doc.y = bottom;
  }
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
        doc.text(translator(locale)('guidebook.pdf.contents'), base.x, doc.y, { width: base.width });
      },
    ]),
  );
  doc.y = page.margin.top + TOC_TITLE;
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
    taggedLink(
      doc,
      reference,
      translator(locale)('guidebook.pdf.tocEntry', { title: entry.title, page: Number(number) }),
      () => {
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
      },
    );
    reference.end();
    item.end();
    doc.y = y + h;
  }
  tocElement.end();
  doc.switchToPage(range.start + range.count - 1);
}

const normalTitle = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
function sameTitle(a: string, b: string): boolean {
  return normalTitle(a) === normalTitle(b);
}

/** A link's text that names the chapter already: each of its words is a word of the title. */
function namesTitle(text: string, title: string): boolean {
  const words = (s: string) => s.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const inTitle = new Set(words(title));
  const own = words(text);
  return own.length > 0 && own.every((w) => inTitle.has(w));
}

/** A heading whose section is a few paragraphs leading to a worksheet (nothing else before it). */
function introducesWorksheet(nodes: BookNode[], at: number): boolean {
  for (let i = at + 1; i < nodes.length && i <= at + 3; i++) {
    const node = nodes[i];
    if (node?.type === 'worksheet') return true;
    if (node?.type !== 'paragraph') return false;
  }
  return false;
}

/**
 * The contents' entries in order, by level, as the layout will mark them: each chapter, its
 * level-2 headings (wherever they sit in the page) and the worksheets it places (not one named
 * as its chapter), then the appendix of worksheets no page placed.
 */
export function plannedContents(input: BookInput, locale: string): (1 | 2)[] {
  const levels: (1 | 2)[] = [];
  const placed = new Set<string>();
  for (const chapter of input.chapters) {
    levels.push(1);
    visit(chapter.tree, (node) => {
      if (node.type === 'heading' && (node as Heading).depth <= 2) levels.push(2);
      if ((node.type as string) === 'worksheet') {
        const id = (node as unknown as WorksheetNode).id;
        const sheet = input.worksheets.get(id) ?? input.allWorksheets?.get(id);
        placed.add(id);
        if (sheet && !sameTitle(pickText(sheet.title, locale), chapter.title)) levels.push(2);
      }
    });
  }
  const rest = [...input.worksheets.keys()].filter((id) => !placed.has(id));
  if (rest.length > 0) levels.push(1, ...rest.map(() => 2 as const));
  return levels;
}

/** Pages the contents take: the same steps as drawContents (title, then each entry's line). */
export function contentsPages(levels: (1 | 2)[]): number {
  let pages = 1;
  let y = page.margin.top + TOC_TITLE;
  for (const level of levels) {
    const h = TOC_LINE[level] + (level === 1 ? 5 : 0);
    if (y + TOC_LINE[level] > page.height - page.margin.bottom) {
      pages++;
      y = page.margin.top;
    }
    y += h;
  }
  return pages;
}
