import { renderer as checklist } from './checklist/pdf.ts';
import { renderer as choice } from './choice/pdf.ts';
import { renderer as date } from './date/pdf.ts';
import { renderer as info } from './info/pdf.ts';
import { renderer as matrix } from './matrix/pdf.ts';
import { renderer as multi } from './multi/pdf.ts';
import { renderer as scale } from './scale/pdf.ts';
import type { FieldType } from './schemas.ts';
import type { FieldRenderer } from './shared/pdf.ts';
import { renderer as table } from './table/pdf.ts';
import { renderer as text } from './text/pdf.ts';
import { renderer as textarea } from './textarea/pdf.ts';

/**
 * Each field type's PDF aspect (fields/<type>/pdf.ts): the printable and fillable worksheet and a
 * book's worksheet pages (pdfkit, build time only).
 */
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

export type { FieldRenderer };
