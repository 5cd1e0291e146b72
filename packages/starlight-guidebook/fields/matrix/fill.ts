import { isRecord } from '../../worksheets/safe-json.ts';
import type { FieldFill } from '../shared/fill.ts';

/** Each row's step chooses an option of the radio group `id:row`. */
export const fill: FieldFill = (id, value, form) => {
  if (!isRecord(value)) return;
  for (const [row, n] of Object.entries(value)) form.choose(`${id}:${row}`, n);
};
