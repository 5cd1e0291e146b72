import type { Doc } from './document.ts';
import { page } from './theme.ts';

/**
 * Bookmarks (the document outline) of a file: PDF/UA and WCAG 2.4.5 ask for a way to move through
 * a document of two or more pages by its headings. `collect()` records each heading where it is
 * laid out; `write()` adds the outline, when the file has two pages or more.
 */
export interface OutlineEntry {
  title: string;
  /** Index of the page in pdfkit's buffered range. */
  page: number;
  /** Distance of the heading from the page's top, in points. */
  y: number;
  children: OutlineEntry[];
}

interface PdfOutlineItem {
  addItem(title: string, options: { pageNumber: number; expanded?: boolean }): PdfOutlineItem;
  outlineData: { Dest?: unknown[] };
}

export function outlineCollector(doc: Doc) {
  const entries: OutlineEntry[] = [];
  const pageIndex = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  return {
    entries,
    /** A heading at doc.y on the current page; level 1 opens a group, level 2 goes under it. */
    collect(level: 1 | 2, title: string, y = doc.y): void {
      const entry: OutlineEntry = { title, page: pageIndex(), y, children: [] };
      const parent = entries.at(-1);
      if (level === 2 && parent) parent.children.push(entry);
      else entries.push(entry);
    },
    write(): void {
      if (doc.bufferedPageRange().count < 2) return;
      const add = (into: PdfOutlineItem, entry: OutlineEntry) => {
        const item = into.addItem(entry.title, { pageNumber: entry.page, expanded: true });
        // pdfkit's item leads to the page's top right corner; lead to the heading instead.
        const target = item.outlineData.Dest?.[0];
        if (target) item.outlineData.Dest = [target, 'XYZ', null, page.height - entry.y + 6, null];
        for (const child of entry.children) add(item, child);
      };
      for (const entry of entries) add(doc.outline as unknown as PdfOutlineItem, entry);
    },
  };
}
