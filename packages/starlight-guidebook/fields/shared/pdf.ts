/**
 * What a PDF aspect is (fields/<type>/pdf.ts), and the pieces several field types draw alike:
 * the label and help, a box to write in, a tick box with its text. pdfkit, build time only; the
 * same renderer draws the blank and fillable worksheet and the worksheet pages of a book.
 */
import { artifact } from '../../pdf/document.ts';
import { box, circle, ensureRoom, setStyle, tagged, textBlock, textHeight } from '../../pdf/layout.ts';
import { place } from '../../pdf/page-breaks.ts';
import { type } from '../../pdf/theme.ts';
import type { FieldWidget, SheetContext } from '../../pdf/worksheet/context.ts';
import { WRITING_LINE as LINE, WRITING_WIDGET_INSET } from '../../pdf/worksheet/writing-lines.ts';
import { maybeText, pickText } from '../../worksheets/text.ts';
import type { Field, FieldOf, FieldType } from '../schemas.ts';

/**
 * Draws the field for handwriting and adds its fillable form fields where it draws, and says how
 * tall the field's start is, so that a page break never falls right after a label.
 */
export interface FieldRenderer<T extends FieldType> {
  /** Height of the field's start (label and first lines, boxes or rows), kept on one page. */
  start(field: FieldOf<T>, ctx: SheetContext): number;
  draw(field: FieldOf<T>, ctx: SheetContext): void;
}

/** Height of a text or date box. */
export const BOX = 24;
/** Side of a tick box. */
export const TICK = 11;
/** Space after a field. */
export const GAP_AFTER = 14;

/** A fillable form field's widget, when the document has a form (a book's pages have none). */
export function addWidget(ctx: SheetContext, widget: FieldWidget): void {
  ctx.form?.add(widget);
}

export function labelHeight(ctx: SheetContext, field: Field): number {
  const label = 'label' in field && field.label ? pickText(field.label, ctx.locale) : '';
  const help = 'help' in field ? maybeText(field.help, ctx.locale) : undefined;
  let h = label ? textHeight(ctx, label, { font: 'bold' }) + 3 : 0;
  if (help) h += textHeight(ctx, help, { size: type.small + 0.5 }) + 3;
  return h + 4;
}

/** The field's label (bold) and help text (small, muted). */
export function drawLabel(ctx: SheetContext, field: Field): void {
  const label = 'label' in field && field.label ? pickText(field.label, ctx.locale) : '';
  const help = 'help' in field ? maybeText(field.help, ctx.locale) : undefined;
  if (label) textBlock(ctx, 'P', label, { font: 'bold', gap: 3 });
  if (help) textBlock(ctx, 'P', help, { size: type.small + 0.5, color: ctx.theme.muted, gap: 3 });
  ctx.doc.y += 4;
}

/** The field's label, or its id: what its form fields are called. */
export function labelText(ctx: SheetContext, field: Field): string {
  return 'label' in field && field.label ? pickText(field.label, ctx.locale) : field.id;
}

/**
 * Writing lines; split over pages if there are more than fit, never leaving one line alone on a
 * page: each part of a split field has at least two lines.
 */
export function writingLines(ctx: SheetContext, count: number, name: string, label: string): void {
  const { doc } = ctx;
  let remaining = count;
  while (remaining > 0) {
    let fit = Math.floor((doc.page.height - doc.page.margins.bottom - doc.y) / LINE);
    if (fit < remaining && remaining - fit < 2) fit = remaining - 2;
    if (fit < Math.min(2, remaining)) {
      doc.addPage();
      continue;
    }
    const n = Math.min(fit, remaining);
    place(doc, 'lines', label, { lines: n, split: n < count });
    const top = doc.y;
    artifact(doc, () => {
      for (let i = 1; i <= n; i++) {
        const y = top + i * LINE;
        doc
          .moveTo(ctx.x, y)
          .lineTo(ctx.x + ctx.width, y)
          .lineWidth(0.6)
          .strokeColor(ctx.theme.writingLine)
          .stroke();
      }
    });
    addWidget(ctx, {
      kind: 'text',
      name,
      multiline: true,
      label,
      rect: { x: ctx.x, y: top + WRITING_WIDGET_INSET, w: ctx.width, h: n * LINE },
    });
    doc.y = top + n * LINE + 4;
    remaining -= n;
    if (remaining > 0) doc.addPage();
  }
}

/** A box to write in, with its form field. */
export function writeBox(ctx: SheetContext, x: number, y: number, w: number, name: string, label: string): void {
  box(ctx, x, y, w, BOX, { stroke: ctx.theme.rule, lineWidth: 0.8 });
  addWidget(ctx, { kind: 'text', name, label, rect: { x: x + 1, y: y + 1, w: w - 2, h: BOX - 2 } });
}

/**
 * A tick box with its label to the right; returns the height used. A radio option's field is
 * named by its `question`; a check box's by its own text.
 */
export function tickRow(
  ctx: SheetContext,
  text: string,
  name: string,
  kind: 'checkbox' | 'radio',
  value: string,
  x = ctx.x,
  width = ctx.width,
  question = text,
): number {
  const { doc } = ctx;
  const textX = x + TICK + 8;
  const h = Math.max(textHeight(ctx, text, {}, width - TICK - 8), TICK + 2);
  ensureRoom(ctx, h + 4);
  const top = doc.y;
  if (kind === 'radio') circle(ctx, x + TICK / 2, top + 1.5 + TICK / 2, TICK / 2, ctx.theme.text);
  else box(ctx, x, top + 1.5, TICK, TICK, { stroke: ctx.theme.text, lineWidth: 0.8 });
  const rect = { x, y: top + 1.5, w: TICK, h: TICK };
  if (kind === 'radio') addWidget(ctx, { kind: 'radio', name, value, option: text, label: question, rect });
  else addWidget(ctx, { kind: 'checkbox', name, label: text, rect });
  tagged(doc, 'P', () => {
    setStyle(ctx, {});
    doc.text(text, textX, top, { width: width - TICK - 8, lineGap: type.lineGap });
  });
  doc.x = ctx.x;
  doc.y = top + h + 5;
  return h + 5;
}

/** Height of a list of tick rows, to keep short lists on one page with their label. */
export function listHeight(ctx: SheetContext, texts: string[], width = ctx.width): number {
  return texts.reduce((sum, text) => sum + Math.max(textHeight(ctx, text, {}, width - TICK - 8), TICK + 2) + 5, 0);
}
