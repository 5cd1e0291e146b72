import type { FieldFill } from '../shared/fill.ts';

/** Each row's cells fill `id:<row number>:column` (the paper has the rows it has; more are left out). */
export const fill: FieldFill = (id, value, form) => {
  if (!Array.isArray(value)) return;
  value.forEach((row, r) => {
    if (row && typeof row === 'object')
      for (const [col, text] of Object.entries(row as Record<string, unknown>))
        form.text(`${id}:${r + 1}:${col}`, text);
  });
};
