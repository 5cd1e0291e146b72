import { fieldName, type SheetContext } from '../../pdf/worksheet/context.ts';
import { pickText } from '../../worksheets/text.ts';
import type { FieldOf } from '../schemas.ts';
import { drawLabel, type FieldRenderer, labelHeight } from '../shared/pdf.ts';
import { drawGrid, gridStart, type RatingGrid } from '../shared/rating-grid.ts';

const matrixGrid = (field: FieldOf<'matrix'>, ctx: SheetContext): RatingGrid => ({
  scale: field.scale,
  rows: field.rows.map((row) => ({ label: pickText(row.label, ctx.locale), name: fieldName(field.id, row.id) })),
});

export const renderer: FieldRenderer<'matrix'> = {
  start: (field, ctx) => labelHeight(ctx, field) + gridStart(matrixGrid(field, ctx), ctx),
  draw(field, ctx) {
    drawLabel(ctx, field);
    drawGrid(matrixGrid(field, ctx), ctx);
  },
};
