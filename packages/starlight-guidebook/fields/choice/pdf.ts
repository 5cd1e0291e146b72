import { pickText } from '../../worksheets/text.ts';
import {
  drawLabel,
  type FieldRenderer,
  GAP_AFTER,
  labelHeight,
  labelText,
  listHeight,
  tickRow,
} from '../shared/pdf.ts';

/** The label and a radio button per option. */
export const renderer: FieldRenderer<'choice'> = {
  start: (field, ctx) =>
    labelHeight(ctx, field) +
    listHeight(
      ctx,
      field.options.slice(0, 8).map((o) => pickText(o.label, ctx.locale)),
    ),
  draw(field, ctx) {
    drawLabel(ctx, field);
    for (const option of field.options) {
      const question = labelText(ctx, field);
      tickRow(ctx, pickText(option.label, ctx.locale), field.id, 'radio', option.id, ctx.x, ctx.width, question);
    }
    ctx.doc.y += GAP_AFTER - 5;
  },
};
