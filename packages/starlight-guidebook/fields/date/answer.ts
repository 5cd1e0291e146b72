import { type FieldAnswer, isoDate, isStr, notBlank } from '../shared/answer.ts';

/** A date: yyyy-mm-dd, also read from d.m.yyyy and yyyy-m-d. */
export const answer: FieldAnswer<string> = {
  check: (_f, v) => (isStr(v) ? isoDate(v) : undefined),
  isAnswered: notBlank,
};
