import { summary as checklist } from './checklist/summary.ts';
import { summary as choice } from './choice/summary.ts';
import { summary as date } from './date/summary.ts';
import { summary as matrix } from './matrix/summary.ts';
import { summary as multi } from './multi/summary.ts';
import { summary as scale } from './scale/summary.ts';
import type { AnswerType } from './shared/spec.ts';
import type { FieldSummary } from './shared/summary.ts';
import { summary as table } from './table/summary.ts';
import { summary as text } from './text/summary.ts';
import { summary as textarea } from './textarea/summary.ts';

/**
 * Each answerable field type's summary aspect (fields/<type>/summary.ts): an answer as plain text.
 * Loaded with the rounds view, not by every worksheet page.
 */
export const fieldSummaries: { [K in AnswerType]: FieldSummary<never> } = {
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
