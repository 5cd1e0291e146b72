import { answeredOnceGiven, type FieldAnswer, has } from '../shared/answer.ts';

/** A choice: the chosen option's id. */
export const answer: FieldAnswer<string> = {
  check: (f, v) => (has(f, v) ? v : undefined),
  isAnswered: answeredOnceGiven,
};
