import { answer as checklist } from './checklist/answer.ts';
import { answer as choice } from './choice/answer.ts';
import { answer as date } from './date/answer.ts';
import { answer as matrix } from './matrix/answer.ts';
import { answer as multi } from './multi/answer.ts';
import { answer as scale } from './scale/answer.ts';
import type { FieldAnswer } from './shared/answer.ts';
import type { AnswerType } from './shared/spec.ts';
import { answer as table } from './table/answer.ts';
import { answer as text } from './text/answer.ts';
import { answer as textarea } from './textarea/answer.ts';

/**
 * Each answerable field type's answer aspect (fields/<type>/answer.ts): the shape of its value.
 * Loaded by every worksheet page, so it holds only what reading and saving answers needs.
 */
export const fieldAnswers: { [K in AnswerType]: FieldAnswer<unknown> } = {
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
