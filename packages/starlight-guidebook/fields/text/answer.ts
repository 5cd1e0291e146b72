/** A text answer: the string typed. */
export { textAnswer as answer } from '../shared/answer.ts';
