/**
 * Compares two ratings of the same rows (a matrix answered at the start of a trial and again
 * before the skills demonstration). Pure functions, unit-tested.
 */
import { type Answers, reconcile, type SheetSpec } from 'starlight-guidebook/worksheets/answers';

export interface ProgressRow {
  label: string;
  from?: number;
  to?: number;
  /** `to - from` when both are rated. */
  change?: number;
}

export interface ProgressComparison {
  fromLabel: string;
  toLabel: string;
  min: number;
  max: number;
  stepLabels: (string | undefined)[];
  rows: ProgressRow[];
  /** Rows rated both times. */
  compared: number;
  improved: number;
}

/** `undefined` when either field is missing or not a matrix, or their rows differ. */
export function compareRatings(
  spec: SheetSpec,
  stored: Answers,
  fromId: string,
  toId: string,
  labels: { from: string; to: string },
): ProgressComparison | undefined {
  const from = spec.fields.find((f) => f.id === fromId);
  const to = spec.fields.find((f) => f.id === toId);
  if (from?.type !== 'matrix' || to?.type !== 'matrix') return undefined;
  const keys = from.keys ?? [];
  if (JSON.stringify(keys) !== JSON.stringify(to.keys ?? [])) return undefined;
  const answers = reconcile(spec, stored, spec.version).answers;
  const a = (answers[fromId] ?? {}) as Record<string, number>;
  const b = (answers[toId] ?? {}) as Record<string, number>;
  const rows: ProgressRow[] = keys.map((k, i) => {
    const row: ProgressRow = { label: from.keyLabels?.[i] ?? k };
    if (a[k] !== undefined) row.from = a[k];
    if (b[k] !== undefined) row.to = b[k];
    if (row.from !== undefined && row.to !== undefined) row.change = row.to - row.from;
    return row;
  });
  const compared = rows.filter((r) => r.change !== undefined);
  return {
    fromLabel: labels.from,
    toLabel: labels.to,
    min: from.min ?? 0,
    max: from.max ?? 0,
    stepLabels: from.stepLabels ?? [],
    rows,
    compared: compared.length,
    improved: compared.filter((r) => (r.change ?? 0) > 0).length,
  };
}

/** Share of the scale a value fills, 0–1, for drawing a bar. */
export function barShare(value: number, min: number, max: number): number {
  if (max <= min) return 1;
  return Math.min(1, Math.max(0, (value - min + 1) / (max - min + 1)));
}
