import type { FieldSummary } from '../shared/summary.ts';
import type { TableValue } from './answer.ts';

/** Each row's cells separated by commas, the rows by semicolons; empty rows left out. */
export const summary: FieldSummary<TableValue> = (f, rows) =>
  rows
    .map((row) => (f.keys ?? []).flatMap((k) => (row[k] ? [row[k]] : [])).join(', '))
    .filter(Boolean)
    .join('; ');
