import { fieldRenderers } from '../../fields/pdf.ts';
import { addWidget, type FieldRenderer } from '../../fields/shared/pdf.ts';
import { translator } from '../../translations/index.ts';
import type { Field } from '../../worksheets/schema.ts';
import { ensureRoom, rule, setStyle, tagged } from '../layout.ts';
import type { SheetContext } from './context.ts';

export { drawRatingGrid, ratingGridStart, ratingRuns } from '../../fields/scale/pdf.ts';
/**
 * A worksheet's fields on paper: each field type's renderer is in its folder
 * (fields/<type>/pdf.ts, registered in fields/pdf.ts), drawn side by side with its HTML form
 * (fields/<type>/Form.astro). Here: the name and date row, and drawing any field by its type.
 */
export { fieldRenderers };

/** "Name ____  Date ____" under a worksheet's title: every printed sheet says whose it is and when. */
export function nameAndDate(ctx: SheetContext): void {
  const { doc } = ctx;
  const top = doc.y;
  const parts = [
    { text: translator(ctx.locale)('guidebook.pdf.name'), name: '_name', width: ctx.width * 0.6 },
    { text: translator(ctx.locale)('guidebook.pdf.date'), name: '_date', width: ctx.width * 0.4 },
  ];
  let x = ctx.x;
  for (const part of parts) {
    setStyle(ctx, { font: 'bold' });
    const labelW = doc.widthOfString(part.text) + 8;
    tagged(doc, 'P', () => {
      setStyle(ctx, { font: 'bold' });
      doc.text(part.text, x, top + 4, { lineBreak: false });
    });
    const lx = x + labelW;
    const lw = part.width - labelW - (x === ctx.x ? 16 : 0);
    rule(ctx, top + 18, ctx.theme.writingLine, 0.6, lx, lw);
    addWidget(ctx, { kind: 'text', name: part.name, label: part.text, rect: { x: lx, y: top, w: lw, h: 18 } });
    x += part.width;
  }
  doc.x = ctx.x;
  doc.y = top + NAME_ROW;
}

/** Height of the name and date row, with the space under it. */
export const NAME_ROW = 32;

function rendererOf(field: Field): FieldRenderer<typeof field.type> {
  return fieldRenderers[field.type] as FieldRenderer<typeof field.type>;
}

/** Height a field's start needs on one page; a section title is kept with it. */
export function fieldStart(field: Field, ctx: SheetContext): number {
  return rendererOf(field).start(field as never, ctx);
}

/** Draws a field, on a new page if its start would not fit on this one. */
export function drawField(field: Field, ctx: SheetContext): void {
  ensureRoom(ctx, fieldStart(field, ctx));
  rendererOf(field).draw(field as never, ctx);
}
