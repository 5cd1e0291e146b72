/**
 * A rating grid: a row per statement, a column per scale step (a matrix field, and a run of scale
 * fields on the same scale printed as one grid). pdfkit, build time only.
 */
import { artifact } from '../../pdf/document.ts';
import { box, circle, group, rule, setStyle, tagged, textBlock, textHeight } from '../../pdf/layout.ts';
import { type } from '../../pdf/theme.ts';
import type { SheetContext } from '../../pdf/worksheet/context.ts';
import { maybeText, pickText } from '../../worksheets/text.ts';
import { addWidget, GAP_AFTER } from './pdf.ts';

export interface ScaleLike {
  min: number;
  max: number;
  minLabel?: Readonly<Record<string, string>> | undefined;
  maxLabel?: Readonly<Record<string, string>> | undefined;
  stepLabels?: Readonly<Record<string, string>>[] | undefined;
}

export function steps(scale: ScaleLike): number[] {
  const out: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) out.push(v);
  return out;
}

/** A row per statement, a column per scale step, under a head row of numbers and words. */
export interface RatingGrid {
  scale: ScaleLike;
  /** Each row's statement and the name of its radio group in the form. */
  rows: { label: string; name: string }[];
}

function gridGeometry(grid: RatingGrid, ctx: SheetContext) {
  const values = steps(grid.scale);
  const labelCol = Math.max(ctx.width * (grid.scale.stepLabels ? 0.34 : 0.42), ctx.width - values.length * 48);
  const cell = (ctx.width - labelCol) / values.length;
  const stepLabels = grid.scale.stepLabels?.map((l) => pickText(l, ctx.locale));
  // The number and the words: the legend and the answers PDF speak in numbers.
  const heads = values.map((v, i) => (stepLabels?.[i] ? `${v}\n${stepLabels[i]}` : String(v)));
  const headH = Math.max(...heads.map((h) => textHeight(ctx, h, { size: type.small, font: 'bold' }, cell - 4))) + 10;
  const rowHeights = grid.rows.map((r) => Math.max(textHeight(ctx, r.label, {}, labelCol - 10) + 10, 24));
  return { values, labelCol, cell, heads, headH, rowHeights };
}

export function gridStart(grid: RatingGrid, ctx: SheetContext): number {
  const { headH, rowHeights } = gridGeometry(grid, ctx);
  return headH + (rowHeights[0] ?? 24) * 2 + 20;
}

/**
 * The legend of the scale's ends, then a table as it reads: a head row of scale steps (column
 * headers), and a row per statement (its row header) with a cell per step holding that step's
 * radio button, named by what the step says.
 */
export function drawGrid(grid: RatingGrid, ctx: SheetContext): void {
  const { doc } = ctx;
  const { values, labelCol, cell, heads, headH, rowHeights } = gridGeometry(grid, ctx);
  const min = maybeText(grid.scale.minLabel as never, ctx.locale);
  const max = maybeText(grid.scale.maxLabel as never, ctx.locale);
  if (min || max) {
    const legend = [min ? `${grid.scale.min} = ${min}` : '', max ? `${grid.scale.max} = ${max}` : '']
      .filter(Boolean)
      .join('   ·   ');
    textBlock(ctx, 'P', legend, { size: type.small, color: ctx.theme.muted, gap: 4 });
  }
  const drawHead = (repeat: boolean) => {
    const top = doc.y;
    box(ctx, ctx.x, top, ctx.width, headH, { fill: ctx.theme.accentLight, stroke: 'none' });
    const cells = (tag: (draw: () => void) => void) =>
      heads.forEach((h, i) => {
        tag(() => {
          setStyle(ctx, { size: type.small, font: 'bold' });
          doc.text(h, ctx.x + labelCol + i * cell + 2, top + 5, { width: cell - 4, align: 'center' });
        });
      });
    // After a page break the head row is drawn again as an artifact: it is read once.
    if (repeat) artifact(doc, () => cells((draw) => draw()), 'Pagination');
    else
      group(doc, 'TR', () => {
        group(doc, 'TD', () => {});
        cells((draw) => tagged(doc, 'TH', draw, { scope: 'Column' }));
      });
    doc.y = top + headH;
  };
  group(doc, 'Table', () => {
    drawHead(false);
    grid.rows.forEach((row, r) => {
      const h = rowHeights[r] ?? 24;
      // The last row never goes over a page break alone: the one before it goes with it.
      const keep = r === grid.rows.length - 2 && r > 1 ? (rowHeights[r + 1] ?? 24) : 0;
      if (doc.y + h + keep > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        drawHead(true);
      }
      const top = doc.y;
      if (r % 2 === 1) box(ctx, ctx.x, top, ctx.width, h, { fill: '#f4f6f7', stroke: 'none' });
      group(doc, 'TR', () => {
        tagged(
          doc,
          'TH',
          () => {
            setStyle(ctx, {});
            doc.text(row.label, ctx.x + 4, top + 5, { width: labelCol - 10, lineGap: type.lineGap });
          },
          { scope: 'Row' },
        );
        values.forEach((v, i) => {
          const cx = ctx.x + labelCol + i * cell + cell / 2;
          const cy = top + h / 2;
          circle(ctx, cx, cy, 6, ctx.theme.text);
          group(doc, 'TD', () =>
            addWidget(ctx, {
              kind: 'radio',
              name: row.name,
              value: String(v),
              option: (heads[i] ?? String(v)).replace('\n', ' – '),
              label: row.label,
              rect: { x: cx - 6, y: cy - 6, w: 12, h: 12 },
            }),
          );
        });
      });
      rule(ctx, top + h, ctx.theme.rule, 0.4);
      doc.y = top + h;
    });
  });
  doc.x = ctx.x;
  doc.y += GAP_AFTER;
}
