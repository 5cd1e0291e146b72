import { asIs, type FieldSummary } from '../shared/answer.ts';

/** The answer as written. */
export const summary: FieldSummary<string> = asIs;
