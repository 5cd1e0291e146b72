import type {
  Blockquote,
  Code,
  Heading,
  Image,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  ThematicBreak,
} from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { DECORATIVE } from '../../markdown/decorative.ts';
import { artifact } from '../document.ts';
import { bottomLimit, ensureRoom, group, type LayoutContext, rule, tagged } from '../layout.ts';
import type { BookNode, WorksheetNode } from '../mdx/transform.ts';
import type { PdfSite } from '../site.ts';
import { page, type } from '../theme.ts';
import { isLeadLine } from './flow.ts';
import { loadImage, resolveImage } from './images.ts';
import { drawRuns, drawTaggedRuns, type InlineOptions, type Run, type RunStyle, runsHeight, toRuns } from './inline.ts';

/**
 * The book's renderers: one per Markdown node type, registered in `blockRenderers` (like pdfkit's
 * mixins). A renderer draws its node at doc.y in the context's column and leaves doc.y below it.
 */
export interface BookContext extends LayoutContext {
  site: PdfSite;
  /** Project root, the page's file (for images and error positions). */
  root: string;
  file: VFile;
  relPath: string;
  /** Called for every heading so the book can build its outline and contents. */
  onHeading: (level: number, text: string) => void;
  /** Lays out a worksheet placed in the flow. */
  onWorksheet: (node: WorksheetNode) => void;
  /** Chapter of this book a site link points to, if any. */
  internal?: InlineOptions['internal'];
}

/** A renderer draws its node; `next` is the block after it (what a heading must keep room for). */
type Renderer<N> = (node: N, ctx: BookContext, next?: BookNode | RootContent) => void;

const bodyStyle = (ctx: BookContext): RunStyle => ({ size: type.body, color: ctx.theme.text });
const runsOf = (nodes: PhrasingContent[], ctx: BookContext): Run[] =>
  toRuns(nodes, { site: ctx.site, accent: ctx.theme.accent, muted: ctx.theme.muted, internal: ctx.internal });

/** Two lines of body text: a paragraph's least part on a page. */
const TWO_LINES = 2 * (type.body + type.lineGap) + 2;

function paragraphRuns(
  ctx: BookContext,
  runs: Run[],
  style: RunStyle,
  structType = 'P',
  gap = type.paragraphGap,
  /** A lead line: the start height of what it heads, kept on its page (0 for other paragraphs). */
  leads = 0,
): void {
  const { doc } = ctx;
  const h = runsHeight(doc, runs, ctx.width, style);
  // Keep at least two lines together at a page end, and a lead line with what it heads.
  ensureRoom(ctx, leads > 0 ? h + gap + leads : Math.min(h, TWO_LINES));
  drawTaggedRuns(doc, structType, runs, ctx.x, ctx.width, style, { heads: leads > 0 });
  doc.x = ctx.x;
  doc.y += gap;
}

const paragraph: Renderer<Paragraph> = (node, ctx, next) => {
  const images = node.children.filter((c) => c.type === 'image') as Image[];
  const rest = node.children.filter((c) => c.type !== 'image' && !(c.type === 'text' && !c.value.trim()));
  if (images.length > 0 && rest.length === 0) {
    for (const image of images) figure(image, ctx);
    return;
  }
  const small = (node.data as { small?: boolean } | undefined)?.small;
  const style = small ? { size: type.small + 0.5, color: ctx.theme.muted } : bodyStyle(ctx);
  const lead = isLeadLine(node);
  paragraphRuns(ctx, runsOf(node.children, ctx), style, 'P', type.paragraphGap, lead ? blockStart(next, ctx) : 0);
};

const headingSizes: Record<number, number> = { 2: type.h2, 3: type.h3, 4: type.h4 };

const heading: Renderer<Heading> = (node, ctx, next) => {
  const { doc } = ctx;
  const level = Math.min(Math.max(node.depth, 2), 4);
  const size = headingSizes[level] ?? type.h4;
  const text = plainText(node).replace(/\s+/g, ' ').trim();
  const runs = runsOf(node.children, ctx).map((r) => ({
    ...r,
    bold: true,
    color: level === 4 ? ctx.theme.text : ctx.theme.accent,
  }));
  const h = runsHeight(doc, runs, ctx.width, { size, color: ctx.theme.accent });
  // A heading never ends a page: keep it with the start of what follows (its space above too).
  const above = level === 2 ? 10 : 6;
  ensureRoom(ctx, above + h + (level === 2 ? 6 : 4) + Math.max(blockStart(next, ctx), TWO_LINES));
  if (doc.y > page.margin.top + 2) doc.y += above;
  ctx.onHeading(level, text);
  drawTaggedRuns(doc, `H${level}`, runs, ctx.x, ctx.width, { size, color: ctx.theme.accent, lineGap: 1 });
  doc.x = ctx.x;
  doc.y += level === 2 ? 6 : 4;
};

const list: Renderer<List> = (node, ctx) => {
  const { doc } = ctx;
  const indent = node.ordered ? 20 : 14;
  const start = node.start ?? 1;
  group(doc, 'L', () => {
    node.children.forEach((item, i) => {
      group(doc, 'LI', () => {
        // The marker goes with the item's start: two lines of text, or a boxed note's first lines
        // (a lone bullet ended a page when the item opened with a note).
        const inner: BookContext = { ...ctx, x: ctx.x + indent, width: ctx.width - indent };
        const [first, second] = item.children;
        ensureRoom(
          ctx,
          isLeadLine(first)
            ? runsHeight(doc, runsOf(first.children, inner), inner.width, bodyStyle(ctx)) +
                type.paragraphGap +
                Math.max(blockStart(second, inner), TWO_LINES)
            : first && (first.type as string) !== 'paragraph'
              ? blockStart(first, inner)
              : TWO_LINES,
        );
        const top = doc.y;
        if (typeof item.checked === 'boolean') {
          artifact(doc, () => {
            doc
              .rect(ctx.x + 1, top + 2.5, 8, 8)
              .lineWidth(0.7)
              .strokeColor(ctx.theme.text)
              .stroke();
            if (item.checked)
              doc
                .moveTo(ctx.x + 2.5, top + 6.5)
                .lineTo(ctx.x + 4.5, top + 9)
                .lineTo(ctx.x + 8, top + 3.5)
                .stroke();
          });
        } else {
          tagged(doc, 'Lbl', () => {
            doc
              .font(node.ordered ? 'bold' : 'regular')
              .fontSize(type.body)
              .fillColor(ctx.theme.accent);
            doc.text(node.ordered ? `${start + i}.` : '•', ctx.x, top, { width: indent - 4, lineBreak: false });
          });
        }
        doc.y = top;
        group(doc, 'LBody', () => {
          item.children.forEach((child, c) => {
            renderBlock(child, inner, item.children[c + 1]);
            // Tight lists: less room between items than between paragraphs.
            if (!node.spread && c === item.children.length - 1) doc.y -= type.paragraphGap - 3;
          });
        });
        doc.x = ctx.x;
      });
    });
  });
  doc.y += type.paragraphGap - 2;
};

/** Draws a frame around content that may run over pages: one segment per page. */
function framed(
  ctx: BookContext,
  draw: (inner: BookContext) => void,
  frame: (x: number, y0: number, y1: number, first: boolean, last: boolean) => void,
  pad = 10,
  bar = 4,
): void {
  const { doc } = ctx;
  ensureRoom(ctx, 50);
  const startPage = doc.bufferedPageRange().count - 1;
  const startY = doc.y;
  const inner: BookContext = { ...ctx, x: ctx.x + bar + pad, width: ctx.width - bar - 2 * pad };
  doc.y += pad;
  draw(inner);
  doc.y += pad - type.paragraphGap;
  const endPage = doc.bufferedPageRange().count - 1;
  const endY = doc.y;
  const start = doc.bufferedPageRange().start;
  for (let p = startPage; p <= endPage; p++) {
    doc.switchToPage(start + p);
    frame(
      ctx.x,
      p === startPage ? startY : page.margin.top - 6,
      p === endPage ? endY : bottomLimit + 4,
      p === startPage,
      p === endPage,
    );
  }
  doc.x = ctx.x;
  doc.y = endY + type.paragraphGap + 4;
}

const blockquote: Renderer<Blockquote> = (node, ctx) => {
  const { doc } = ctx;
  const aside = node.data as { aside?: string; title?: string } | undefined;
  if (aside?.aside) {
    const colour = aside.aside === 'caution' || aside.aside === 'danger' ? '#8a4b08' : ctx.theme.accent;
    group(doc, 'Div', () => {
      framed(
        ctx,
        (inner) => {
          if (aside.title) {
            tagged(doc, 'P', () => {
              doc.font('bold').fontSize(type.body).fillColor(colour);
              doc.text(aside.title ?? '', inner.x, doc.y, { width: inner.width });
            });
            doc.y += 3;
          }
          renderBlocks(node.children, inner);
        },
        (x, y0, y1, first, last) =>
          artifact(doc, () => {
            doc
              .rect(x, y0, ctx.width, y1 - y0)
              .lineWidth(0.7)
              .strokeColor(colour)
              .stroke();
            doc
              .rect(x, y0, 4, y1 - y0)
              .fillColor(colour)
              .fill();
            void first;
            void last;
          }),
      );
    });
    return;
  }
  group(doc, 'BlockQuote', () => {
    framed(
      ctx,
      (inner) => {
        renderBlocks(node.children, { ...inner });
      },
      (x, y0, y1) =>
        artifact(doc, () => {
          doc
            .rect(x, y0, 3, y1 - y0)
            .fillColor(ctx.theme.accentLight)
            .fill();
        }),
      6,
      3,
    );
  });
};

/**
 * How a table reads, set by a print form in the table node's `data`: a GFM table has a header row
 * (`headerRow`, default true); a table of labelled rows (a one-page card) has none and its first
 * cells head their rows (`rowHeaders`). Header cells are tagged TH with their Scope.
 */
export interface TableReading {
  headerRow?: boolean;
  rowHeaders?: boolean;
}

const table: Renderer<Table> = (node, ctx) => {
  const { doc } = ctx;
  const rows = node.children;
  const reading = (node.data ?? {}) as TableReading;
  const headerRow = reading.headerRow !== false;
  const isHeader = (ri: number, c: number) => (ri === 0 && headerRow) || (c === 0 && reading.rowHeaders === true);
  const columns = Math.max(...rows.map((r) => r.children.length));
  // Column widths from content length, within limits, so short columns stay narrow.
  const lengths = Array.from({ length: columns }, (_, c) =>
    Math.max(4, ...rows.map((r) => Math.min(60, plainText(r.children[c] ?? { type: 'text', value: '' }).length))),
  );
  const total = lengths.reduce((a, b) => a + b, 0);
  const widths = lengths.map((l) => Math.max(50, (l / total) * ctx.width));
  const scale = ctx.width / widths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < widths.length; i++) widths[i] = (widths[i] ?? 0) * scale;
  const pad = 5;
  const size = columns > 4 ? type.small + 0.5 : type.body - 0.5;
  const cellRuns = rows.map((r, ri) =>
    Array.from({ length: columns }, (_, c) =>
      runsOf(r.children[c]?.children ?? [], ctx).map((run) => (isHeader(ri, c) ? { ...run, bold: true } : run)),
    ),
  );
  const rowHeight = (ri: number) =>
    Math.max(
      ...(cellRuns[ri] ?? []).map((runs, c) =>
        runsHeight(doc, runs, (widths[c] ?? 50) - 2 * pad, { size, color: ctx.theme.text }),
      ),
    ) +
    2 * pad;
  /** A row; `repeat` draws the header row again after a page break, as an artifact (read once). */
  const drawRow = (ri: number, repeat = false) => {
    const top = doc.y;
    const h = rowHeight(ri);
    if (ri === 0 && headerRow)
      artifact(doc, () => doc.rect(ctx.x, top, ctx.width, h).fillColor(ctx.theme.accentLight).fill());
    const cells = () => {
      let x = ctx.x;
      (cellRuns[ri] ?? []).forEach((runs, c) => {
        const w = widths[c] ?? 50;
        const shown = runs.length ? runs : [{ text: ' ', bold: false, italic: false }];
        const style = { size, color: ctx.theme.text, align: node.align?.[c] ?? 'left' } as const;
        doc.y = top + pad;
        const header = isHeader(ri, c);
        // The repeat has no link annotations: they would be outside the structure tree.
        if (repeat)
          drawRuns(
            doc,
            shown.map(({ link: _l, goTo: _g, ...run }) => run),
            x + pad,
            w - 2 * pad,
            style,
          );
        else
          drawTaggedRuns(doc, header ? 'TH' : 'TD', shown, x + pad, w - 2 * pad, style, {
            ...(header ? { scope: ri === 0 && headerRow ? 'Column' : 'Row' } : {}),
          });
        x += w;
      });
    };
    if (repeat) artifact(doc, cells, 'Pagination');
    else group(doc, 'TR', cells);
    const underHeader = ri === 0 && headerRow;
    rule(ctx, top + h, underHeader ? ctx.theme.accent : ctx.theme.rule, underHeader ? 0.9 : 0.4);
    doc.y = top + h;
  };
  ensureRoom(ctx, rowHeight(0) + (rows.length > 1 ? rowHeight(1) : 0) + 4);
  group(doc, 'Table', () => {
    drawRow(0);
    for (let ri = 1; ri < rows.length; ri++) {
      if (doc.y + rowHeight(ri) > bottomLimit) {
        doc.addPage();
        if (headerRow) drawRow(0, true); // the header row again on the new page
      }
      drawRow(ri);
    }
  });
  doc.x = ctx.x;
  doc.y += type.paragraphGap + 4;
};

const code: Renderer<Code> = (node, ctx) => {
  const { doc } = ctx;
  doc.font('regular').fontSize(type.small + 0.5);
  const h = doc.heightOfString(node.value, { width: ctx.width - 16 }) + 12;
  ensureRoom(ctx, Math.min(h, 200));
  const top = doc.y;
  artifact(doc, () => doc.rect(ctx.x, top, ctx.width, h).fillColor('#f3f5f6').fill());
  tagged(doc, 'Code', () => {
    doc
      .font('regular')
      .fontSize(type.small + 0.5)
      .fillColor(ctx.theme.text);
    doc.text(node.value, ctx.x + 8, top + 6, { width: ctx.width - 16 });
  });
  doc.x = ctx.x;
  doc.y = Math.max(doc.y, top + h) + type.paragraphGap;
};

const thematicBreak: Renderer<ThematicBreak> = (_node, ctx) => {
  ctx.doc.y += 4;
  rule(ctx, ctx.doc.y, ctx.theme.rule, 0.6, ctx.x + ctx.width * 0.35, ctx.width * 0.3);
  ctx.doc.y += 10;
};

/** A figure: the image scaled to the column (at most 330 pt high), its alt text in the structure. */
export function figure(node: Image, ctx: BookContext): void {
  const { doc } = ctx;
  const file = resolveImage(node.url, ctx.relPath, ctx.root);
  if (!file) {
    paragraphRuns(ctx, [{ text: `[${node.alt ?? node.url}]`, bold: false, italic: true }], bodyStyle(ctx));
    return;
  }
  let image: ReturnType<typeof loadImage>;
  try {
    image = loadImage(file, ctx.width * 2.5);
  } catch (error) {
    ctx.file.fail(`${error instanceof Error ? error.message : String(error)} (image "${node.url}")`, node);
  }
  const ratio = image.height / image.width;
  let w = Math.min(ctx.width, image.width * 0.75);
  let h = w * ratio;
  if (h > 330) {
    h = 330;
    w = h / ratio;
  }
  ensureRoom(ctx, h + 8);
  const top = doc.y;
  const draw = () => doc.image(image.data, ctx.x + (ctx.width - w) / 2, top, { width: w, height: h });
  // A decorative image (`![decorative](…)`, markdown/image-alt.ts) is an artifact: readers skip it.
  if (node.alt?.trim() === DECORATIVE) artifact(doc, draw);
  else tagged(doc, 'Figure', draw, { alt: node.alt || node.title || '' });
  doc.x = ctx.x;
  doc.y = top + h + 6;
  if (node.title)
    paragraphRuns(ctx, [{ text: node.title, bold: false, italic: true }], {
      size: type.small + 0.5,
      color: ctx.theme.muted,
    });
  else doc.y += 4;
}

const ignore: Renderer<RootContent> = () => {};

export const blockRenderers: Record<string, Renderer<never>> = {
  paragraph,
  heading,
  list,
  blockquote,
  table,
  code,
  thematicBreak,
  html: ignore,
  definition: ignore,
  yaml: ignore,
  footnoteDefinition: ignore,
};

/** Draws a block; `next` is the block after it, which a heading or lead line keeps room for. */
export function renderBlock(node: BookNode | RootContent, ctx: BookContext, next?: BookNode | RootContent): void {
  if (node.type === 'worksheet') {
    ctx.onWorksheet(node as WorksheetNode);
    return;
  }
  const renderer = blockRenderers[node.type] as Renderer<typeof node> | undefined;
  if (!renderer) {
    if ('children' in node && Array.isArray(node.children)) {
      const children = node.children as RootContent[];
      for (const [c, child] of children.entries()) renderBlock(child, ctx, children[c + 1] ?? next);
      return;
    }
    ctx.file.fail(`the PDF book cannot lay out a "${node.type}" node`, node as RootContent);
  }
  renderer(node, ctx, next);
}

/** Draws blocks one after another, each knowing the one after it. */
export function renderBlocks(nodes: (BookNode | RootContent)[], ctx: BookContext): void {
  for (const [i, node] of nodes.entries()) renderBlock(node, ctx, nodes[i + 1]);
}

/** Full height of a paragraph as the paragraph renderer draws it (with the space after it). */
export function paragraphHeight(node: Paragraph, ctx: BookContext): number {
  const small = (node.data as { small?: boolean } | undefined)?.small;
  const style = small ? { size: type.small + 0.5, color: ctx.theme.muted } : bodyStyle(ctx);
  return runsHeight(ctx.doc, runsOf(node.children, ctx), ctx.width, style) + type.paragraphGap;
}

/**
 * Height the start of a block needs on one page (what its renderer keeps together before a page
 * may break): a heading or lead line above it keeps this much room below itself.
 */
export function blockStart(node: BookNode | RootContent | undefined, ctx: BookContext): number {
  if (!node) return 0;
  const { doc } = ctx;
  switch (node.type) {
    case 'paragraph': {
      if (node.children.some((c) => c.type === 'image')) return 160;
      const small = (node.data as { small?: boolean } | undefined)?.small;
      const style = small ? { size: type.small + 0.5, color: ctx.theme.muted } : bodyStyle(ctx);
      return Math.min(runsHeight(doc, runsOf(node.children, ctx), ctx.width, style), TWO_LINES);
    }
    case 'heading':
      return 40 + TWO_LINES;
    case 'list':
      return TWO_LINES + 4;
    case 'blockquote':
      return 64;
    case 'table':
      return 70;
    case 'code':
      return 60;
    case 'worksheet':
      return 120;
    default:
      return TWO_LINES;
  }
}
