/** A longer text answer: the string typed, line breaks and all. */
export { textAnswer as answer } from '../shared/answer.ts';
