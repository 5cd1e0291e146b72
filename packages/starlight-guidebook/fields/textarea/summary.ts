import { asIs, type FieldSummary } from '../shared/summary.ts';

/** The answer as written. */
export const summary: FieldSummary<string> = asIs;
