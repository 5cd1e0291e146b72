import { bodyHeight, box, textBlock, textHeight } from '../../pdf/layout.ts';
import type { SheetContext } from '../../pdf/worksheet/context.ts';
import { maybeText, paragraphs, pickText } from '../../worksheets/text.ts';
import type { FieldOf } from '../schemas.ts';
import { type FieldRenderer, GAP_AFTER } from '../shared/pdf.ts';

/** A tinted box with an optional bold label and the text's paragraphs. */
function infoGeometry(field: FieldOf<'info'>, ctx: SheetContext) {
  const label = maybeText(field.label, ctx.locale);
  const paras = paragraphs(pickText(field.text, ctx.locale));
  const inner = { ...ctx, x: ctx.x + 12, width: ctx.width - 24 };
  const h =
    (label ? textHeight(inner, label, { font: 'bold' }) + 4 : 0) +
    paras.reduce((s, p) => s + textHeight(inner, p) + 5, 0) +
    16;
  return { label, paras, inner, h };
}

export const renderer: FieldRenderer<'info'> = {
  start: (field, ctx) => Math.min(infoGeometry(field, ctx).h, bodyHeight),
  draw(field, ctx) {
    const { doc } = ctx;
    const { label, paras, inner, h } = infoGeometry(field, ctx);
    const top = doc.y;
    box(ctx, ctx.x, top, ctx.width, h, { fill: ctx.theme.accentLight, stroke: 'none', radius: 3 });
    box(ctx, ctx.x, top, 3, h, { fill: ctx.theme.accent, stroke: 'none' });
    doc.y = top + 9;
    if (label) textBlock(inner, 'P', label, { font: 'bold', gap: 4 });
    for (const p of paras) textBlock(inner, 'P', p, { gap: 5 });
    doc.x = ctx.x;
    doc.y = top + h + GAP_AFTER;
  },
};
