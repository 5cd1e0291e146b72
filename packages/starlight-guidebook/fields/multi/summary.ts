import { type FieldSummary, keyLabel } from '../shared/summary.ts';
import type { MultiValue } from './answer.ts';

/** The ticked options' labels and the "other" answer, separated by semicolons. */
export const summary: FieldSummary<MultiValue> = (f, m) =>
  [...m.selected.map((k) => keyLabel(f, k)), ...(m.other ? [m.other] : [])].join('; ');
