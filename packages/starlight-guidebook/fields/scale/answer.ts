import { answeredOnceGiven, asNumber, type FieldAnswer, inScale } from '../shared/answer.ts';

/** A scale answer: the step's number, min..max. */
export const answer: FieldAnswer<number> = {
  check: (f, v) => (inScale(f, asNumber(v)) ? (asNumber(v) as number) : undefined),
  isAnswered: answeredOnceGiven,
};
