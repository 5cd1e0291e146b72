import { WRITING_LINE as LINE } from '../../pdf/worksheet/writing-lines.ts';
import { drawLabel, type FieldRenderer, GAP_AFTER, labelHeight, labelText, writingLines } from '../shared/pdf.ts';

/** The label and the field's writing lines, split over pages if need be. */
export const renderer: FieldRenderer<'textarea'> = {
  start: (field, ctx) => labelHeight(ctx, field) + Math.min(field.lines, 3) * LINE + GAP_AFTER,
  draw(field, ctx) {
    drawLabel(ctx, field);
    writingLines(ctx, field.lines, field.id, labelText(ctx, field));
    ctx.doc.y += GAP_AFTER - 4;
  },
};
