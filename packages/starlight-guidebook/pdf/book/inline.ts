import type { PhrasingContent } from 'mdast';
import { DECORATIVE } from '../../markdown/decorative.ts';
import type { Doc } from '../document.ts';
import type { FontName } from '../fonts.ts';
import { content, currentGroup, group, type StructOptions, tagged } from '../layout.ts';
import { place } from '../page-breaks.ts';
import type { PdfSite } from '../site.ts';
import { taggedLink } from '../tagged-link.ts';
import { type } from '../theme.ts';

/** A run of text in one style: what inline Markdown becomes before pdfkit lays it out. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  color?: string;
  link?: string;
  /** A named destination inside this PDF (a chapter of the same book). */
  goTo?: string;
  size?: number;
}

export interface InlineOptions {
  site: PdfSite;
  accent: string;
  muted: string;
  /** A link to a page of the same book: its chapter label (e.g. "luku 3") and destination. */
  /**
   * A link to a page of this book: its destination inside the PDF and, unless the link's own text
   * already names the chapter, a label to show after it.
   */
  internal?: ((url: string, text: string) => { label?: string; dest: string } | undefined) | undefined;
}

/** The address a reader can type: internal paths become the site's full address. */
export function visibleAddress(url: string, site: PdfSite): string | undefined {
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('mailto:')) return url.slice('mailto:'.length);
  if (url.startsWith('tel:')) return url.slice('tel:'.length);
  if (url.startsWith('/')) return site.absolute(url).replace(/^https?:\/\//, '');
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export function linkTarget(url: string, site: PdfSite): string | undefined {
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('/')) return site.absolute(url);
  return url;
}

/** Flattens inline Markdown into styled runs. Links keep their text and show their address after it. */
export function toRuns(
  nodes: PhrasingContent[],
  options: InlineOptions,
  style: Omit<Run, 'text'> = { bold: false, italic: false },
): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        runs.push({ ...style, text: node.value.replace(/\s*\n\s*/g, ' ') });
        break;
      case 'strong':
        runs.push(...toRuns(node.children, options, { ...style, bold: true }));
        break;
      case 'emphasis': {
        const small = (node.data as { small?: boolean } | undefined)?.small;
        runs.push(
          ...toRuns(
            node.children,
            options,
            small ? { ...style, size: type.small + 0.5, color: options.muted } : { ...style, italic: true },
          ),
        );
        break;
      }
      case 'delete':
        runs.push(...toRuns(node.children, options, style));
        break;
      case 'inlineCode':
        runs.push({ ...style, text: node.value });
        break;
      case 'break':
        runs.push({ ...style, text: '\n' });
        break;
      case 'link': {
        const inBook = options.internal?.(
          node.url,
          toRuns(node.children, options, style)
            .map((r) => r.text)
            .join(''),
        );
        if (inBook) {
          // A page of this book: a reference to its chapter reads better on paper than an address.
          const inner = toRuns(node.children, options, { ...style, color: options.accent, goTo: inBook.dest });
          runs.push(...inner);
          if (inBook.label)
            runs.push({ ...style, text: ` (${inBook.label})`, color: options.muted, goTo: inBook.dest });
          break;
        }
        const target = linkTarget(node.url, options.site);
        const inner = toRuns(node.children, options, {
          ...style,
          color: options.accent,
          ...(target ? { link: target } : {}),
        });
        runs.push(...inner);
        const address = visibleAddress(node.url, options.site);
        const shown = inner
          .map((r) => r.text)
          .join('')
          .trim();
        if (address && address !== shown && !shown.endsWith(address)) {
          runs.push({ ...style, text: ` (${address})`, color: options.muted, ...(target ? { link: target } : {}) });
        }
        break;
      }
      case 'image':
        if (node.alt && node.alt.trim() !== DECORATIVE) runs.push({ ...style, text: `[${node.alt}]` });
        break;
      case 'footnoteReference':
        runs.push({ ...style, text: `[${node.identifier}]` });
        break;
      default:
        if ('children' in node && Array.isArray(node.children))
          runs.push(...toRuns(node.children as PhrasingContent[], options, style));
        else if ('value' in node && typeof node.value === 'string' && node.type !== 'html')
          runs.push({ ...style, text: node.value });
    }
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (
      last &&
      last.bold === r.bold &&
      last.italic === r.italic &&
      last.color === r.color &&
      last.link === r.link &&
      last.goTo === r.goTo &&
      last.size === r.size
    ) {
      last.text += r.text;
    } else out.push({ ...r });
  }
  // Components next to text (a badge after a word) can leave double spaces.
  for (let i = 0; i < out.length; i++) {
    const r = out[i] as Run;
    r.text = r.text.replace(/ {2,}/g, ' ');
    if (i > 0 && r.text.startsWith(' ') && out[i - 1]?.text.endsWith(' ')) r.text = r.text.slice(1);
  }
  // No leading/trailing spaces in a block.
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  const end = out.at(-1);
  if (end) end.text = end.text.replace(/\s+$/, '');
  return out.filter((r) => r.text.length > 0);
}

export function fontOf(run: { bold: boolean; italic: boolean }): FontName {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}

export interface RunStyle {
  size: number;
  color: string;
  align?: 'left' | 'justify' | 'center' | 'right';
  lineGap?: number;
}

/** Lays out runs as one paragraph at (x, doc.y) within width. */
export function drawRuns(doc: Doc, runs: Run[], x: number, width: number, style: RunStyle): void {
  drawRunSlice(doc, runs, 0, runs.length, x, doc.y, width, style);
}

/** Runs from..to-1 of a paragraph; the first starts the paragraph at (x, y), the rest continue it. */
function drawRunSlice(
  doc: Doc,
  runs: Run[],
  from: number,
  to: number,
  x: number,
  y: number,
  width: number,
  style: RunStyle,
): void {
  for (let i = from; i < to; i++) {
    const run = runs[i] as Run;
    doc
      .font(fontOf(run))
      .fontSize(run.size ?? style.size)
      .fillColor(run.color ?? style.color);
    const options = {
      width,
      lineGap: style.lineGap ?? type.lineGap,
      align: style.align ?? 'left',
      continued: i < runs.length - 1,
      link: run.link ?? null,
      // Explicitly none: pdfkit carries a continued text's goTo over to the next run otherwise.
      goTo: run.goTo ?? null,
      underline: false,
    } as PDFKit.Mixins.TextOptions;
    if (i === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  }
}

const linkOf = (run: Run) => run.link ?? (run.goTo ? `#${run.goTo}` : undefined);

/**
 * Runs as one tagged block (`P`, `H2`, `TD`…). A link's runs (its text and the address after it)
 * become a `Link` element inside the block, with the link annotations under it and their text as
 * the description (tagged-link.ts); the text around a link stays the block's own content.
 */
export function drawTaggedRuns(
  doc: Doc,
  structType: string,
  runs: Run[],
  x: number,
  width: number,
  style: RunStyle,
  options: StructOptions & { heads?: boolean } = {},
): void {
  if (!runs.some(linkOf)) {
    tagged(doc, structType, () => drawRuns(doc, runs, x, width, style), options);
    return;
  }
  // Recorded for the page-break checks as tagged() records its content (page-breaks.ts).
  const { heads, ...structOptions } = options;
  place(doc, heads || /^H\d$/.test(structType) ? 'heading' : 'block', structType);
  const y = doc.y;
  group(
    doc,
    structType,
    () => {
      const parent = currentGroup(doc);
      if (!parent) return;
      let i = 0;
      while (i < runs.length) {
        const target = linkOf(runs[i] as Run);
        let j = i + 1;
        while (j < runs.length && linkOf(runs[j] as Run) === target) j++;
        const from = i;
        const draw = () => drawRunSlice(doc, runs, from, j, x, y, width, style);
        if (target) {
          const text = runs
            .slice(from, j)
            .map((r) => r.text)
            .join('')
            .replace(/\s+/g, ' ')
            .trim();
          taggedLink(doc, parent, text, draw);
        } else content(doc, draw);
        i = j;
      }
    },
    structOptions,
  );
}

/** Height of runs laid out in a width (approximate for mixed fonts: measured in the body font). */
export function runsHeight(doc: Doc, runs: Run[], width: number, style: RunStyle): number {
  const boldish = runs.length > 0 && runs.every((r) => r.bold);
  doc.font(boldish ? 'bold' : 'regular').fontSize(style.size);
  return doc.heightOfString(runs.map((r) => r.text).join(''), { width, lineGap: style.lineGap ?? type.lineGap });
}
