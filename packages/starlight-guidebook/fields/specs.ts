import { spec as checklist } from './checklist/spec.ts';
import { spec as choice } from './choice/spec.ts';
import { spec as date } from './date/spec.ts';
import { spec as matrix } from './matrix/spec.ts';
import { spec as multi } from './multi/spec.ts';
import { spec as scale } from './scale/spec.ts';
import type { AnswerType, FieldSpecOf } from './shared/spec.ts';
import { spec as table } from './table/spec.ts';
import { spec as text } from './text/spec.ts';
import { spec as textarea } from './textarea/spec.ts';

/** Each answerable field type's spec aspect (fields/<type>/spec.ts): build time only. */
export const fieldSpecs: { [K in AnswerType]: FieldSpecOf<K> } = {
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
