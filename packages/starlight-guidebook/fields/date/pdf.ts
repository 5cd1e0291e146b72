import { artifact } from '../../pdf/document.ts';
import { setStyle } from '../../pdf/layout.ts';
import { type } from '../../pdf/theme.ts';
import { BOX, drawLabel, type FieldRenderer, GAP_AFTER, labelHeight, labelText, writeBox } from '../shared/pdf.ts';

/** The label, a short box and a quiet hint of the date's format after it. */
export const renderer: FieldRenderer<'date'> = {
  start: (field, ctx) => labelHeight(ctx, field) + BOX + GAP_AFTER,
  draw(field, ctx) {
    drawLabel(ctx, field);
    const w = 150;
    const top = ctx.doc.y;
    writeBox(ctx, ctx.x, top, w, field.id, labelText(ctx, field));
    // A quiet hint of the format, outside the box so handwriting has room.
    setStyle(ctx, { size: type.small, color: ctx.theme.muted });
    artifact(ctx.doc, () => {
      ctx.doc.text(ctx.locale.startsWith('en') ? 'dd / mm / yyyy' : 'pp.kk.vvvv', ctx.x + w + 8, top + 8, {
        lineBreak: false,
      });
    });
    ctx.doc.x = ctx.x;
    ctx.doc.y = top + BOX + GAP_AFTER;
  },
};
