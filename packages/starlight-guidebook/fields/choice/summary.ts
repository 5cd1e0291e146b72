import { type FieldSummary, keyLabel } from '../shared/summary.ts';

/** The chosen option's label. */
export const summary: FieldSummary<string> = (f, v) => keyLabel(f, v);
