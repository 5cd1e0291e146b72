import { controls as checklist } from './checklist/controls.ts';
import { controls as choice } from './choice/controls.ts';
import { controls as date } from './date/controls.ts';
import { controls as matrix } from './matrix/controls.ts';
import { controls as multi } from './multi/controls.ts';
import { controls as scale } from './scale/controls.ts';
import type { FieldControls } from './shared/controls.ts';
import type { AnswerType } from './shared/spec.ts';
import { controls as table } from './table/controls.ts';
import { controls as text } from './text/controls.ts';
import { controls as textarea } from './textarea/controls.ts';

/** Each answerable field type's controls aspect (fields/<type>/controls.ts): the browser's form. */
export const fieldControls: { [K in AnswerType]: FieldControls<unknown> } = {
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
