import { artifact } from '../../pdf/document.ts';
import { box, group, rule, setStyle, tagged, textHeight } from '../../pdf/layout.ts';
import { type } from '../../pdf/theme.ts';
import { fieldName, type SheetContext } from '../../pdf/worksheet/context.ts';
import { pickText } from '../../worksheets/text.ts';
import type { FieldOf } from '../schemas.ts';
import { addWidget, drawLabel, type FieldRenderer, GAP_AFTER, labelHeight } from '../shared/pdf.ts';

const TABLE_ROW = 28;

/** Date columns narrow, text columns share the rest; the head row as tall as its longest title. */
function tableGeometry(field: FieldOf<'table'>, ctx: SheetContext) {
  const dateW = 90;
  const dates = field.columns.filter((c) => c.type === 'date').length;
  const textW = (ctx.width - dates * dateW) / Math.max(1, field.columns.length - dates);
  const widths = field.columns.map((c) => (c.type === 'date' ? dateW : textW));
  const heads = field.columns.map((c) => pickText(c.label, ctx.locale));
  const headH =
    Math.max(
      ...heads.map((h, i) => textHeight(ctx, h, { size: type.small + 0.5, font: 'bold' }, (widths[i] ?? 60) - 8)),
    ) + 10;
  return { widths, heads, headH };
}

export const renderer: FieldRenderer<'table'> = {
  start: (field, ctx) =>
    labelHeight(ctx, field) + tableGeometry(field, ctx).headH + TABLE_ROW * Math.min(3, field.printRows) + 10,
  draw(field, ctx) {
    const { doc } = ctx;
    const { widths, heads, headH } = tableGeometry(field, ctx);
    const rowH = TABLE_ROW;
    drawLabel(ctx, field);
    // Tagged as a table: a head row (column headers), a row per printed row, a cell per column
    // holding that cell's text field. A head row repeated after a page break is an artifact.
    const drawHead = (repeat: boolean) => {
      const top = doc.y;
      box(ctx, ctx.x, top, ctx.width, headH, { fill: ctx.theme.accentLight, stroke: ctx.theme.rule, lineWidth: 0.6 });
      const cells = (tag: (draw: () => void) => void) => {
        let x = ctx.x;
        heads.forEach((h, i) => {
          const w = widths[i] ?? 60;
          const left = x;
          tag(() => {
            setStyle(ctx, { size: type.small + 0.5, font: 'bold' });
            doc.text(h, left + 4, top + 5, { width: w - 8 });
          });
          x += w;
        });
      };
      if (repeat) artifact(doc, () => cells((draw) => draw()), 'Pagination');
      else group(doc, 'TR', () => cells((draw) => tagged(doc, 'TH', draw, { scope: 'Column' })));
      doc.y = top + headH;
      return top;
    };
    const verticals = (from: number, to: number) => {
      let x = ctx.x;
      artifact(doc, () => {
        for (const w of widths.slice(0, -1)) {
          x += w;
          doc.moveTo(x, from).lineTo(x, to).lineWidth(0.6).strokeColor(ctx.theme.rule).stroke();
        }
        doc
          .rect(ctx.x, from, ctx.width, to - from)
          .lineWidth(0.6)
          .strokeColor(ctx.theme.rule)
          .stroke();
      });
    };
    let blockTop = 0;
    group(doc, 'Table', () => {
      blockTop = drawHead(false);
      for (let r = 0; r < field.printRows; r++) {
        if (doc.y + rowH > doc.page.height - doc.page.margins.bottom) {
          verticals(blockTop, doc.y);
          doc.addPage();
          blockTop = drawHead(true);
        }
        const top = doc.y;
        rule(ctx, top + rowH, ctx.theme.rule, 0.6);
        let x = ctx.x;
        group(doc, 'TR', () =>
          field.columns.forEach((c, i) => {
            const w = widths[i] ?? 60;
            const left = x;
            group(doc, 'TD', () =>
              addWidget(ctx, {
                kind: 'text',
                name: fieldName(field.id, r + 1, c.id),
                label: `${heads[i] ?? c.id} ${r + 1}`,
                rect: { x: left + 2, y: top + 3, w: w - 4, h: rowH - 6 },
              }),
            );
            x += w;
          }),
        );
        doc.y = top + rowH;
      }
    });
    verticals(blockTop, doc.y);
    doc.x = ctx.x;
    doc.y += GAP_AFTER;
  },
};
