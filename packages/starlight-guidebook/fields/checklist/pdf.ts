import { ensureRoom, rule, textHeight } from '../../pdf/layout.ts';
import { fieldName } from '../../pdf/worksheet/context.ts';
import { translator } from '../../translations/index.ts';
import { pickText } from '../../worksheets/text.ts';
import {
  addWidget,
  drawLabel,
  type FieldRenderer,
  GAP_AFTER,
  labelHeight,
  listHeight,
  TICK,
  tickRow,
} from '../shared/pdf.ts';

/** The label and a check box per item; with notes, a line to write on beside each item. */
export const renderer: FieldRenderer<'checklist'> = {
  start: (field, ctx) =>
    labelHeight(ctx, field) +
    listHeight(
      ctx,
      field.items.slice(0, 6).map((o) => pickText(o.label, ctx.locale)),
      field.notes ? ctx.width * 0.55 : ctx.width,
    ),
  draw(field, ctx) {
    drawLabel(ctx, field);
    const { doc } = ctx;
    for (const item of field.items) {
      const label = pickText(item.label, ctx.locale);
      if (!field.notes) {
        tickRow(ctx, label, fieldName(field.id, item.id), 'checkbox', 'on');
        continue;
      }
      // Item on the left half, a note line on the right half.
      const half = ctx.width * 0.55;
      const h = Math.max(textHeight(ctx, label, {}, half - TICK - 8), 16);
      ensureRoom(ctx, h + 8);
      const top = doc.y;
      tickRow(ctx, label, fieldName(field.id, item.id), 'checkbox', 'on', ctx.x, half);
      const nx = ctx.x + half + 10;
      const nw = ctx.width - half - 10;
      rule(ctx, top + 14, ctx.theme.writingLine, 0.6, nx, nw);
      addWidget(ctx, {
        kind: 'text',
        name: fieldName(field.id, item.id, 'note'),
        label: `${label}: ${translator(ctx.locale)('guidebook.pdf.notes')}`,
        rect: { x: nx, y: top - 3, w: nw, h: 18 },
      });
      doc.y = Math.max(doc.y, top + 22);
    }
    doc.y += GAP_AFTER - 5;
  },
};
