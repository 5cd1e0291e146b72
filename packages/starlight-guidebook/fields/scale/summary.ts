import type { FieldSummary } from '../shared/summary.ts';

/** "4 / 5 (Often)": the step, the scale's top, the step's words where it has any. */
export const summary: FieldSummary<number> = (f, v) => {
  const step = f.stepLabels?.[v - (f.min ?? 0)];
  return `${v} / ${f.max}${step ? ` (${step})` : ''}`;
};
