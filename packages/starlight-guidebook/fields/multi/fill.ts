import { isRecord } from '../../worksheets/safe-json.ts';
import type { FieldFill } from '../shared/fill.ts';

/** Each selected option ticks `id:option`; an "other" answer ticks `id:other` and fills `id:other:text`. */
export const fill: FieldFill = (id, value, form) => {
  if (!isRecord(value) || !Array.isArray(value.selected)) return;
  for (const option of value.selected) form.tick(`${id}:${String(option)}`);
  if (typeof value.other === 'string' && value.other.trim()) {
    form.tick(`${id}:other`);
    form.text(`${id}:other:text`, value.other);
  }
};
