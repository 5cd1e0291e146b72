import { BOX, drawLabel, type FieldRenderer, GAP_AFTER, labelHeight, labelText, writeBox } from '../shared/pdf.ts';

/** The label and a box as wide as the page. */
export const renderer: FieldRenderer<'text'> = {
  start: (field, ctx) => labelHeight(ctx, field) + BOX + GAP_AFTER,
  draw(field, ctx) {
    drawLabel(ctx, field);
    writeBox(ctx, ctx.x, ctx.doc.y, ctx.width, field.id, labelText(ctx, field));
    ctx.doc.y += BOX + GAP_AFTER;
  },
};
