import { type FieldSummary, keyLabel } from '../shared/summary.ts';
import type { MatrixValue } from './answer.ts';

/** "Row: 4 / 5; …" for each row answered, in the matrix's order. */
export const summary: FieldSummary<MatrixValue> = (f, m) =>
  (f.keys ?? [])
    .filter((k) => m[k] !== undefined)
    .map((k) => `${keyLabel(f, k)}: ${m[k]} / ${f.max}`)
    .join('; ');
