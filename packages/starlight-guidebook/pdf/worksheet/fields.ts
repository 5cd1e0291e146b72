import { translator } from '../../translations/index.ts';
import type { Field, FieldOf, FieldType } from '../../worksheets/schema.ts';
import { maybeText, paragraphs, pickText } from '../../worksheets/text.ts';
import { artifact } from '../document.ts';
import {
  bodyHeight,
  box,
  circle,
  ensureRoom,
  group,
  rule,
  setStyle,
  tagged,
  textBlock,
  textHeight,
} from '../layout.ts';
import { place } from '../page-breaks.ts';
import { type } from '../theme.ts';
import { type FieldWidget, fieldName, type SheetContext } from './context.ts';
import { WRITING_LINE as LINE, WRITING_WIDGET_INSET } from './writing-lines.ts';

/**
 * One renderer per worksheet field type, registered in `fieldRenderers`: adding a field type means
 * adding its HTML renderer (src/components/worksheet) and its PDF renderer here, side by side.
 * Each renderer draws the field for handwriting and adds its fillable form fields where it draws,
 * and says how tall the field's start is, so that a page break never falls right after a label.
 */
export interface FieldRenderer<T extends FieldType> {
  /** Height of the field's start (label and first lines, boxes or rows), kept on one page. */
  start(field: FieldOf<T>, ctx: SheetContext): number;
  draw(field: FieldOf<T>, ctx: SheetContext): void;
}

const BOX = 24; // height of a text/date box
const TICK = 11; // side of a tick box
const GAP_AFTER = 14;

function addWidget(ctx: SheetContext, widget: FieldWidget): void {
  ctx.form?.add(widget);
}

function labelHeight(ctx: SheetContext, field: Field): number {
  const label = 'label' in field && field.label ? pickText(field.label, ctx.locale) : '';
  const help = 'help' in field ? maybeText(field.help, ctx.locale) : undefined;
  let h = label ? textHeight(ctx, label, { font: 'bold' }) + 3 : 0;
  if (help) h += textHeight(ctx, help, { size: type.small + 0.5 }) + 3;
  return h + 4;
}

/** The field's label (bold) and help text (small, muted). */
function drawLabel(ctx: SheetContext, field: Field): void {
  const label = 'label' in field && field.label ? pickText(field.label, ctx.locale) : '';
  const help = 'help' in field ? maybeText(field.help, ctx.locale) : undefined;
  if (label) textBlock(ctx, 'P', label, { font: 'bold', gap: 3 });
  if (help) textBlock(ctx, 'P', help, { size: type.small + 0.5, color: ctx.theme.muted, gap: 3 });
  ctx.doc.y += 4;
}

function labelText(ctx: SheetContext, field: Field): string {
  return 'label' in field && field.label ? pickText(field.label, ctx.locale) : field.id;
}

/**
 * Writing lines; split over pages if there are more than fit, never leaving one line alone on a
 * page: each part of a split field has at least two lines.
 */
function writingLines(ctx: SheetContext, count: number, name: string, label: string): void {
  const { doc } = ctx;
  let remaining = count;
  while (remaining > 0) {
    let fit = Math.floor((doc.page.height - doc.page.margins.bottom - doc.y) / LINE);
    if (fit < remaining && remaining - fit < 2) fit = remaining - 2;
    if (fit < Math.min(2, remaining)) {
      doc.addPage();
      continue;
    }
    const n = Math.min(fit, remaining);
    place(doc, 'lines', label, { lines: n, split: n < count });
    const top = doc.y;
    artifact(doc, () => {
      for (let i = 1; i <= n; i++) {
        const y = top + i * LINE;
        doc
          .moveTo(ctx.x, y)
          .lineTo(ctx.x + ctx.width, y)
          .lineWidth(0.6)
          .strokeColor(ctx.theme.writingLine)
          .stroke();
      }
    });
    addWidget(ctx, {
      kind: 'text',
      name,
      multiline: true,
      label,
      rect: { x: ctx.x, y: top + WRITING_WIDGET_INSET, w: ctx.width, h: n * LINE },
    });
    doc.y = top + n * LINE + 4;
    remaining -= n;
    if (remaining > 0) doc.addPage();
  }
}

/** A box to write in, with its form field. */
function writeBox(ctx: SheetContext, x: number, y: number, w: number, name: string, label: string): void {
  box(ctx, x, y, w, BOX, { stroke: ctx.theme.rule, lineWidth: 0.8 });
  addWidget(ctx, { kind: 'text', name, label, rect: { x: x + 1, y: y + 1, w: w - 2, h: BOX - 2 } });
}

/**
 * A tick box with its label to the right; returns the height used. A radio option's field is
 * named by its `question`; a check box's by its own text.
 */
function tickRow(
  ctx: SheetContext,
  text: string,
  name: string,
  kind: 'checkbox' | 'radio',
  value: string,
  x = ctx.x,
  width = ctx.width,
  question = text,
): number {
  const { doc } = ctx;
  const textX = x + TICK + 8;
  const h = Math.max(textHeight(ctx, text, {}, width - TICK - 8), TICK + 2);
  ensureRoom(ctx, h + 4);
  const top = doc.y;
  if (kind === 'radio') circle(ctx, x + TICK / 2, top + 1.5 + TICK / 2, TICK / 2, ctx.theme.text);
  else box(ctx, x, top + 1.5, TICK, TICK, { stroke: ctx.theme.text, lineWidth: 0.8 });
  const rect = { x, y: top + 1.5, w: TICK, h: TICK };
  if (kind === 'radio') addWidget(ctx, { kind: 'radio', name, value, option: text, label: question, rect });
  else addWidget(ctx, { kind: 'checkbox', name, label: text, rect });
  tagged(doc, 'P', () => {
    setStyle(ctx, {});
    doc.text(text, textX, top, { width: width - TICK - 8, lineGap: type.lineGap });
  });
  doc.x = ctx.x;
  doc.y = top + h + 5;
  return h + 5;
}

const text: FieldRenderer<'text'> = {
  start: (field, ctx) => labelHeight(ctx, field) + BOX + GAP_AFTER,
  draw(field, ctx) {
    drawLabel(ctx, field);
    writeBox(ctx, ctx.x, ctx.doc.y, ctx.width, field.id, labelText(ctx, field));
    ctx.doc.y += BOX + GAP_AFTER;
  },
};

const date: FieldRenderer<'date'> = {
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

const textarea: FieldRenderer<'textarea'> = {
  start: (field, ctx) => labelHeight(ctx, field) + Math.min(field.lines, 3) * LINE + GAP_AFTER,
  draw(field, ctx) {
    drawLabel(ctx, field);
    writingLines(ctx, field.lines, field.id, labelText(ctx, field));
    ctx.doc.y += GAP_AFTER - 4;
  },
};

interface ScaleLike {
  min: number;
  max: number;
  minLabel?: Readonly<Record<string, string>> | undefined;
  maxLabel?: Readonly<Record<string, string>> | undefined;
  stepLabels?: Readonly<Record<string, string>>[] | undefined;
}

function steps(scale: ScaleLike): number[] {
  const out: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) out.push(v);
  return out;
}

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

const scale: FieldRenderer<'scale'> = {
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

/** Height of a list of tick rows, to keep short lists on one page with their label. */
function listHeight(ctx: SheetContext, texts: string[], width = ctx.width): number {
  return texts.reduce((sum, text) => sum + Math.max(textHeight(ctx, text, {}, width - TICK - 8), TICK + 2) + 5, 0);
}

const choice: FieldRenderer<'choice'> = {
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

const multi: FieldRenderer<'multi'> = {
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

const checklist: FieldRenderer<'checklist'> = {
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

/** A row per statement, a column per scale step, under a head row of numbers and words. */
interface RatingGrid {
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

function gridStart(grid: RatingGrid, ctx: SheetContext): number {
  const { headH, rowHeights } = gridGeometry(grid, ctx);
  return headH + (rowHeights[0] ?? 24) * 2 + 20;
}

/**
 * The legend of the scale's ends, then a table as it reads: a head row of scale steps (column
 * headers), and a row per statement (its row header) with a cell per step holding that step's
 * radio button, named by what the step says.
 */
function drawGrid(grid: RatingGrid, ctx: SheetContext): void {
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

const matrixGrid = (field: FieldOf<'matrix'>, ctx: SheetContext): RatingGrid => ({
  scale: field.scale,
  rows: field.rows.map((row) => ({ label: pickText(row.label, ctx.locale), name: fieldName(field.id, row.id) })),
});

const matrix: FieldRenderer<'matrix'> = {
  start: (field, ctx) => labelHeight(ctx, field) + gridStart(matrixGrid(field, ctx), ctx),
  draw(field, ctx) {
    drawLabel(ctx, field);
    drawGrid(matrixGrid(field, ctx), ctx);
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

/** "Name ____  Date ____" under a worksheet's title: every printed sheet says whose it is and when. */
export function nameAndDate(ctx: SheetContext): void {
  const { doc } = ctx;
  const top = doc.y;
  const parts = [
    { text: translator(ctx.locale)('guidebook.pdf.name'), name: '_name', width: ctx.width * 0.6 },
    { text: translator(ctx.locale)('guidebook.pdf.date'), name: '_date', width: ctx.width * 0.4 },
  ];
  let x = ctx.x;
  for (const part of parts) {
    setStyle(ctx, { font: 'bold' });
    const labelW = doc.widthOfString(part.text) + 8;
    tagged(doc, 'P', () => {
      setStyle(ctx, { font: 'bold' });
      doc.text(part.text, x, top + 4, { lineBreak: false });
    });
    const lx = x + labelW;
    const lw = part.width - labelW - (x === ctx.x ? 16 : 0);
    rule(ctx, top + 18, ctx.theme.writingLine, 0.6, lx, lw);
    addWidget(ctx, { kind: 'text', name: part.name, label: part.text, rect: { x: lx, y: top, w: lw, h: 18 } });
    x += part.width;
  }
  doc.x = ctx.x;
  doc.y = top + NAME_ROW;
}

/** Height of the name and date row, with the space under it. */
export const NAME_ROW = 32;

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

const table: FieldRenderer<'table'> = {
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

const info: FieldRenderer<'info'> = {
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

export const fieldRenderers: { [K in FieldType]: FieldRenderer<K> } = {
  text,
  textarea,
  date,
  scale,
  choice,
  multi,
  checklist,
  matrix,
  table,
  info,
};

function rendererOf(field: Field): FieldRenderer<typeof field.type> {
  return fieldRenderers[field.type] as FieldRenderer<typeof field.type>;
}

/** Height a field's start needs on one page; a section title is kept with it. */
export function fieldStart(field: Field, ctx: SheetContext): number {
  return rendererOf(field).start(field as never, ctx);
}

/** Draws a field, on a new page if its start would not fit on this one. */
export function drawField(field: Field, ctx: SheetContext): void {
  ensureRoom(ctx, fieldStart(field, ctx));
  rendererOf(field).draw(field as never, ctx);
}
