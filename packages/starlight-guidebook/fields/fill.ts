import { fill as checklist } from './checklist/fill.ts';
import { fill as choice } from './choice/fill.ts';
import { fill as date } from './date/fill.ts';
import { fill as matrix } from './matrix/fill.ts';
import { fill as multi } from './multi/fill.ts';
import { fill as scale } from './scale/fill.ts';
import type { FieldFill, PdfForm } from './shared/fill.ts';
import type { AnswerType } from './shared/spec.ts';
import { fill as table } from './table/fill.ts';
import { fill as text } from './text/fill.ts';
import { fill as textarea } from './textarea/fill.ts';

/**
 * Each answerable field type's fill aspect (fields/<type>/fill.ts): its answer into the fillable
 * PDF, in the browser's PDF worker.
 */
export const fieldFills: { [K in AnswerType]: FieldFill } = {
  text,
  textarea,
  date,
  scale,
  choice,
  multi,
  checklist,
  matrix,
  table,
};

/** The fills, each once (types with the same fill share it: text, text area and date write alike). */
const fills = [...new Set(Object.values(fieldFills))];

/** Writes one answer into the form: every fill is offered it, and only its type's fill writes it. */
export function fillAnswer(id: string, value: unknown, form: PdfForm): void {
  for (const fill of fills) fill(id, value, form);
}

export type { PdfForm };
