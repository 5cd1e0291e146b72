import { box, ensureRoom, setStyle, tagged, textHeight } from '../../pdf/layout.ts';
import { type } from '../../pdf/theme.ts';
import type { SheetContext } from '../../pdf/worksheet/context.ts';
import { maybeText, pickText } from '../../worksheets/text.ts';
import type { Field, FieldOf } from '../schemas.ts';
import { addWidget, drawLabel, type FieldRenderer, GAP_AFTER, labelHeight, labelText } from '../shared/pdf.ts';
import { drawGrid, gridStart, type RatingGrid, steps } from '../shared/rating-grid.ts';

/** Boxes in a row, each with its number and words under it, the ends' words below. */
function scaleGeometry(field: FieldOf<'scale'>, ctx: SheetContext) {
  const values = steps(field);
  const cell = Math.min(64, ctx.width / values.length);
  const stepLabels = field.stepLabels?.map((l) => pickText(l, ctx.locale));
  const labelH = stepLabels
    ? Math.max(...stepLabels.map((l) => textHeight(ctx, l, { size: type.small }, cell - 4)))
    : 0;
  const endH = field.minLabel || field.maxLabel ? 14 : 0;
  return { values, cell, stepLabels, labelH, endH, height: 40 + labelH + endH };
}

export const renderer: FieldRenderer<'scale'> = {
  start: (field, ctx) => labelHeight(ctx, field) + scaleGeometry(field, ctx).height + GAP_AFTER,
  draw(field, ctx) {
    const { doc } = ctx;
    const { values, cell, stepLabels, labelH, endH } = scaleGeometry(field, ctx);
    drawLabel(ctx, field);
    const top = doc.y;
    const name = field.id;
    const label = labelText(ctx, field);
    const ends = [maybeText(field.minLabel, ctx.locale), maybeText(field.maxLabel, ctx.locale)];
    values.forEach((value, i) => {
      const cx = ctx.x + i * cell + cell / 2;
      const side = 22;
      // What the option says: its number and its words (its step's, or the scale end's).
      const words = stepLabels?.[i] ?? (i === 0 ? ends[0] : i === values.length - 1 ? ends[1] : undefined);
      box(ctx, cx - side / 2, top, side, side, { stroke: ctx.theme.text, lineWidth: 0.8, radius: 3 });
      tagged(doc, 'Lbl', () => {
        setStyle(ctx, { font: 'bold', size: type.body });
        doc.text(String(value), cx - cell / 2, top + side + 4, { width: cell, align: 'center' });
      });
      addWidget(ctx, {
        kind: 'radio',
        name,
        value: String(value),
        option: words ? `${value} – ${words}` : String(value),
        label,
        rect: { x: cx - side / 2 + 1, y: top + 1, w: side - 2, h: side - 2 },
      });
      const stepLabel = stepLabels?.[i];
      if (stepLabel) {
        tagged(doc, 'P', () => {
          setStyle(ctx, { size: type.small, color: ctx.theme.muted });
          doc.text(stepLabel, cx - cell / 2 + 2, top + side + 18, { width: cell - 4, align: 'center' });
        });
      }
    });
    let y = top + 40 + labelH;
    if (field.minLabel || field.maxLabel) {
      const lastX = ctx.x + values.length * cell;
      setStyle(ctx, { size: type.small, color: ctx.theme.muted });
      tagged(doc, 'P', () => {
        setStyle(ctx, { size: type.small, color: ctx.theme.muted });
        const min = maybeText(field.minLabel, ctx.locale);
        const max = maybeText(field.maxLabel, ctx.locale);
        if (min) doc.text(`${field.min} = ${min}`, ctx.x, y, { width: (lastX - ctx.x) / 2, lineBreak: false });
        if (max)
          doc.text(`${field.max} = ${max}`, ctx.x + (lastX - ctx.x) / 2, y, {
            width: (lastX - ctx.x) / 2,
            align: 'right',
            lineBreak: false,
          });
      });
      y += endH;
    }
    doc.x = ctx.x;
    doc.y = y + GAP_AFTER;
  },
};

/**
 * Rating items in a row (scale fields one after another on the same scale, without help texts of
 * their own) print as one compact grid, a row per item, instead of a block of boxes each: the
 * self-assessment of a dozen items took three pages that way. Each row keeps its item's radio group.
 */
export function ratingRuns(fields: Field[]): (Field | FieldOf<'scale'>[])[] {
  const out: (Field | FieldOf<'scale'>[])[] = [];
  const key = (f: FieldOf<'scale'>) =>
    JSON.stringify([f.min, f.max, f.minLabel ?? null, f.maxLabel ?? null, f.stepLabels ?? null]);
  for (const field of fields) {
    const last = out.at(-1);
    const groupable = field.type === 'scale' && !field.help;
    if (groupable && Array.isArray(last) && key(last[0] as FieldOf<'scale'>) === key(field)) last.push(field);
    else if (groupable) out.push([field]);
    else out.push(field);
  }
  // A run of one stays an ordinary scale.
  return out.map((f) => (Array.isArray(f) && f.length === 1 ? (f[0] as Field) : f));
}

const scaleGrid = (fields: FieldOf<'scale'>[], ctx: SheetContext): RatingGrid => ({
  scale: fields[0] as FieldOf<'scale'>,
  rows: fields.map((f) => ({ label: labelText(ctx, f), name: f.id })),
});

export function ratingGridStart(fields: FieldOf<'scale'>[], ctx: SheetContext): number {
  return gridStart(scaleGrid(fields, ctx), ctx) + textHeight(ctx, 'x', { size: type.small }) + 4;
}

/** Draws a run of rating items as one grid, on a new page if its start would not fit. */
export function drawRatingGrid(fields: FieldOf<'scale'>[], ctx: SheetContext): void {
  ensureRoom(ctx, ratingGridStart(fields, ctx));
  drawGrid(scaleGrid(fields, ctx), ctx);
}
