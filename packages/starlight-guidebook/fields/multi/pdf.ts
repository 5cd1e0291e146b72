import { box, ensureRoom, rule, setStyle, tagged } from '../../pdf/layout.ts';
import { fieldName } from '../../pdf/worksheet/context.ts';
import { translator } from '../../translations/index.ts';
import { pickText } from '../../worksheets/text.ts';
import {
  addWidget,
  BOX,
  drawLabel,
  type FieldRenderer,
  GAP_AFTER,
  labelHeight,
  listHeight,
  TICK,
  tickRow,
} from '../shared/pdf.ts';

/** The label, a check box per option, and an "other" box with a line to write on. */
export const renderer: FieldRenderer<'multi'> = {
  start: (field, ctx) =>
    labelHeight(ctx, field) +
    listHeight(
      ctx,
      field.options.slice(0, 8).map((o) => pickText(o.label, ctx.locale)),
    ) +
    (field.other ? 22 : 0),
  draw(field, ctx) {
    drawLabel(ctx, field);
    for (const option of field.options) {
      tickRow(ctx, pickText(option.label, ctx.locale), fieldName(field.id, option.id), 'checkbox', 'on');
    }
    if (field.other) {
      const { doc } = ctx;
      const otherLabel = `${translator(ctx.locale)('guidebook.pdf.other')}:`;
      ensureRoom(ctx, BOX + 6);
      const top = doc.y;
      box(ctx, ctx.x, top + 1.5, TICK, TICK, { stroke: ctx.theme.text, lineWidth: 0.8 });
      addWidget(ctx, {
        kind: 'checkbox',
        name: fieldName(field.id, 'other'),
        label: otherLabel,
        rect: { x: ctx.x, y: top + 1.5, w: TICK, h: TICK },
      });
      tagged(doc, 'P', () => {
        setStyle(ctx, {});
        doc.text(otherLabel, ctx.x + TICK + 8, top, { lineBreak: false });
      });
      const lx = ctx.x + TICK + 8 + doc.widthOfString(otherLabel) + 8;
      rule(ctx, top + 13, ctx.theme.writingLine, 0.6, lx, ctx.x + ctx.width - lx);
      addWidget(ctx, {
        kind: 'text',
        name: fieldName(field.id, 'other', 'text'),
        label: otherLabel,
        rect: { x: lx, y: top - 4, w: ctx.x + ctx.width - lx, h: 18 },
      });
      doc.x = ctx.x;
      doc.y = top + 22;
    }
    ctx.doc.y += GAP_AFTER - 5;
  },
};
