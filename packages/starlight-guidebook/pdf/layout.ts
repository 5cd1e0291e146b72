import { artifact, type Doc } from './document.ts';
import { place } from './page-breaks.ts';
import { type PdfTheme, page, type } from './theme.ts';

/**
 * Small layout pieces shared by the book and the worksheet renderers: tagged text blocks, page
 * breaks that keep a block together, rules and boxes drawn as artifacts.
 */
export interface LayoutContext {
  doc: Doc;
  theme: PdfTheme;
  locale: string;
  /** Left edge and width of the current column (lists and notes indent it). */
  x: number;
  width: number;
}

export const bottomLimit = page.height - page.margin.bottom;
export const bodyHeight = page.height - page.margin.top - page.margin.bottom;

/** Starts a new page unless `height` fits below doc.y (or we are at the top already). */
export function ensureRoom(ctx: LayoutContext, height: number): void {
  const { doc } = ctx;
  if (doc.y + height > bottomLimit && doc.y > page.margin.top + 1) doc.addPage();
}

type StructElement = ReturnType<Doc['struct']>;
const parents = new WeakMap<Doc, StructElement[]>();

function attach(doc: Doc, element: StructElement): void {
  const parent = parents.get(doc)?.at(-1);
  if (parent) parent.add(element);
  else doc.addStructure(element);
}

/** The innermost open group (see `group`), if any. */
export function currentGroup(doc: Doc): StructElement | undefined {
  return parents.get(doc)?.at(-1);
}

/** Table header cells say what they head (PDF/UA-1 7.5): a column or a row. */
export type StructOptions = { lang?: string; alt?: string; scope?: 'Column' | 'Row' | 'Both' };

/**
 * Adds a tagged structure element whose content is drawn by `draw`, inside the innermost open
 * group (see `group`) or at the top of the structure tree.
 */
export function tagged(
  doc: Doc,
  structType: string,
  draw: () => void,
  options: StructOptions & { heads?: boolean } = {},
): void {
  // The page-break record: every piece of tagged content, headings (and lines that head what
  // follows, `heads`) told apart (page-breaks.ts).
  const { heads, ...structOptions } = options;
  place(doc, heads || /^H\d$/.test(structType) ? 'heading' : 'block', structType);
  attach(doc, doc.struct(structType, structOptions as PDFKit.Mixins.StructureElementOptions, [draw]));
}

/**
 * Adds a structure element that holds an annotation instead of drawn content (a form field's
 * widget is tagged `Form`): `annotate` makes the annotation with the element as its structParent.
 */
export function taggedAnnotation(doc: Doc, structType: string, annotate: (structParent: StructElement) => void): void {
  const element = doc.struct(structType);
  attach(doc, element);
  annotate(element);
  // Ended on the annotation's page: pdfkit records that page in the element's object reference.
  element.end();
}

/** Opens a structure element (L, LI, Table, Sect…) that the tagged content drawn in `inner` belongs to. */
export function group(doc: Doc, structType: string, inner: () => void, options: StructOptions = {}): void {
  const element = doc.struct(structType, options as PDFKit.Mixins.StructureElementOptions);
  attach(doc, element);
  const stack = parents.get(doc) ?? [];
  parents.set(doc, stack);
  stack.push(element);
  try {
    inner();
  } finally {
    stack.pop();
    element.end();
  }
}

/** Drawn content that belongs to the innermost open group itself (text beside a `Link` in a `P`). */
export function content(doc: Doc, draw: () => void): void {
  const parent = currentGroup(doc);
  if (!parent) throw new Error('content() outside a group: untagged content would be lost to assistive technology');
  parent.add(draw);
}

export interface TextStyle {
  font?: 'regular' | 'bold' | 'italic' | 'boldItalic';
  size?: number;
  color?: string;
  gap?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  characterSpacing?: number;
}

export function setStyle(ctx: LayoutContext, style: TextStyle): void {
  ctx.doc
    .font(style.font ?? 'regular')
    .fontSize(style.size ?? type.body)
    .fillColor(style.color ?? ctx.theme.text);
}

/** Height of a text in a style and width. */
export function textHeight(ctx: LayoutContext, text: string, style: TextStyle = {}, width = ctx.width): number {
  setStyle(ctx, style);
  return ctx.doc.heightOfString(text, { width, lineGap: type.lineGap, characterSpacing: style.characterSpacing ?? 0 });
}

/**
 * One block of text, tagged as `structType` (P, H1, H2, Lbl…), at the column's left edge.
 * The caller decides about page breaks; long paragraphs flow onto the next page by themselves.
 */
export function textBlock(ctx: LayoutContext, structType: string, text: string, style: TextStyle = {}): void {
  const { doc } = ctx;
  tagged(doc, structType, () => {
    setStyle(ctx, style);
    doc.text(text, ctx.x, doc.y, {
      width: ctx.width,
      lineGap: type.lineGap,
      align: style.align ?? 'left',
      characterSpacing: style.characterSpacing ?? 0,
    });
  });
  doc.y += style.gap ?? type.paragraphGap;
  doc.x = ctx.x;
}

/** A horizontal rule (artifact). */
export function rule(
  ctx: LayoutContext,
  y: number,
  color = ctx.theme.rule,
  width = 0.5,
  x = ctx.x,
  w = ctx.width,
): void {
  const { doc } = ctx;
  artifact(doc, () => {
    doc
      .moveTo(x, y)
      .lineTo(x + w, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke();
  });
}

/** An outlined box (artifact), optionally filled. */
export function box(
  ctx: LayoutContext,
  x: number,
  y: number,
  w: number,
  h: number,
  options: { stroke?: string; fill?: string; lineWidth?: number; radius?: number } = {},
): void {
  const { doc } = ctx;
  artifact(doc, () => {
    const shape = () => (options.radius ? doc.roundedRect(x, y, w, h, options.radius) : doc.rect(x, y, w, h));
    if (options.fill) {
      shape();
      doc.fillColor(options.fill).fill();
    }
    if (options.stroke !== 'none') {
      shape();
      doc
        .lineWidth(options.lineWidth ?? 0.8)
        .strokeColor(options.stroke ?? ctx.theme.rule)
        .stroke();
    }
  });
}

export function circle(ctx: LayoutContext, cx: number, cy: number, r: number, stroke = ctx.theme.rule): void {
  const { doc } = ctx;
  artifact(doc, () => {
    doc.circle(cx, cy, r).lineWidth(0.8).strokeColor(stroke).stroke();
  });
}
