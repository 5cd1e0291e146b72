import { type FieldAnswer, isoDate, isStr } from '../shared/answer.ts';

/** A date: yyyy-mm-dd, also read from d.m.yyyy and yyyy-m-d. */
export const answer: FieldAnswer<string> = {
  check: (_f, v) => (isStr(v) ? isoDate(v) : undefined),
  isAnswered: (_f, v) => isStr(v) && v.trim() !== '',
};
