import type { Doc } from './document.ts';

/**
 * The layout's own record of where blocks fall, and the page-break rules checked on it. The
 * renderers keep these rules as they lay out (a heading keeps room for what follows, writing lines
 * split two and more to a page); the record lets the build and the tests check every page of
 * every file instead of trusting that.
 *
 * - a heading, a worksheet section's title or a lead line ("**Before the trial**") is never the
 *   last thing on a page: something of what it heads follows it there;
 * - writing lines never stand one alone at the top or foot of a page: a field's lines split over
 *   pages leave at least two on each.
 */
export type PlacedKind = 'heading' | 'block' | 'lines';

export interface Placed {
  kind: PlacedKind;
  /** Page index in the document (0 = first page) where the block begins. */
  page: number;
  /** What it is, for messages: a heading's text, a field's label. */
  text: string;
  /** Writing lines: how many on this page, and whether the field's lines go on over a page break. */
  lines?: number;
  split?: boolean;
}

const records = new WeakMap<Doc, Placed[]>();

function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** Records a block that begins on the current page (call it before drawing the block). */
export function place(doc: Doc, kind: PlacedKind, text: string, extra: Pick<Placed, 'lines' | 'split'> = {}): void {
  const list = records.get(doc) ?? [];
  records.set(doc, list);
  list.push({ kind, page: currentPage(doc), text, ...extra });
}

export function placedIn(doc: Doc): Placed[] {
  return records.get(doc) ?? [];
}

/** The rules above, broken: one message per place ("page 3: heading … ends the page"). */
export function pageBreakProblems(placed: Placed[]): string[] {
  const problems: string[] = [];
  placed.forEach((block, i) => {
    const next = placed[i + 1];
    if (block.kind === 'heading' && next && next.page > block.page) {
      problems.push(`page ${block.page + 1}: "${block.text.slice(0, 60)}" ends the page, what it heads is on the next`);
    }
    if (block.kind === 'lines' && block.split && (block.lines ?? 0) < 2) {
      problems.push(`page ${block.page + 1}: one writing line of "${block.text.slice(0, 60)}" alone on the page`);
    }
  });
  return problems;
}
