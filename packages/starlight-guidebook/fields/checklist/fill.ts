import { isRecord } from '../../worksheets/safe-json.ts';
import type { FieldFill } from '../shared/fill.ts';

/** Each checked item ticks `id:item`; each note fills `id:item:note`. */
export const fill: FieldFill = (id, value, form) => {
  if (!isRecord(value) || Array.isArray(value.selected)) return;
  if (!Array.isArray(value.checked) && !(value.notes && typeof value.notes === 'object')) return;
  for (const item of Array.isArray(value.checked) ? value.checked : []) form.tick(`${id}:${String(item)}`);
  for (const [item, note] of Object.entries((value.notes ?? {}) as Record<string, unknown>))
    form.text(`${id}:${item}:note`, note);
};
