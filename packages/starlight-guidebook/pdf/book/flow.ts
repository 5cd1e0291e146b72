import type { Heading, Paragraph, RootContent } from 'mdast';
import type { BookNode } from '../mdx/transform.ts';

/**
 * Small decisions about the flow of a book's blocks, kept apart from the drawing so they can be
 * tested on their own: which headings have nothing under them on paper, which paragraphs are
 * source notes or lead lines, and how a title keeps its hyphened words together.
 */

const isSmall = (node: { data?: unknown }) => (node.data as { small?: boolean } | undefined)?.small === true;

/**
 * A `<small>` paragraph: a source note under a page's text. MDX makes `<small>…</small>` on a line
 * of its own a paragraph holding the small text, and on lines of their own a small paragraph.
 */
export function isSmallNote(node: BookNode | RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  if (isSmall(node)) return true;
  const parts = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length > 0 && parts.every(isSmall);
}

/**
 * A paragraph that is one bold phrase ("**Before the trial**", a tab's label): it heads what
 * follows, so like a heading it must not end a page.
 */
export function isLeadLine(node: BookNode | RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const parts = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length === 1 && parts[0]?.type === 'strong';
}

/**
 * Drops the headings that have nothing under them once the print forms have run: a heading whose
 * section held only web content (a PDF link, a `WebOnly` block) would print alone.
 */
export function dropEmptySections<N extends BookNode | RootContent>(nodes: N[]): N[] {
  const out: N[] = [];
  for (const [i, node] of nodes.entries()) {
    if (node.type === 'heading') {
      const next = nodes[i + 1];
      const empty = !next || (next.type === 'heading' && (next as Heading).depth <= (node as Heading).depth);
      if (empty) continue;
    }
    out.push(node);
  }
  // A heading emptied by the one dropped after it: go again until nothing changes.
  return out.length < nodes.length ? dropEmptySections(out) : out;
}

/**
 * A title never breaks after a hyphen, where a reader would take the line's end for a word split
 * in two: a compound written with a space and a hyphen ("Coaching 2.0 -workbook", the Finnish way
 * to join a name to a word) breaks only before the name, a hyphened word ("Foreign-Language")
 * stays whole, and a hyphen that stands for a shared ending ("Työ- ja …") stays with the next word.
 * No-break spaces and the non-breaking hyphen (U+2011), which looks the same, do it.
 */
export function keepHyphenedWords(title: string): string {
  return title
    .replace(/(\S) -(?=[\p{L}\p{N}])/gu, '$1\u00A0\u2011')
    .replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1\u2011')
    .replace(/([\p{L}\p{N}])- /gu, '$1-\u00A0');
}
