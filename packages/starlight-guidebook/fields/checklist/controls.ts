import { $$ } from '../../worksheets/dom.ts';
import { checked, type FieldControls } from '../shared/controls.ts';
import type { ChecklistValue } from './answer.ts';

/** The items ticked and each item's note. */
export const controls: FieldControls<ChecklistValue> = {
  read(box) {
    const notes: Record<string, string> = {};
    for (const n of $$<HTMLInputElement>(box, '[data-note]')) if (n.value) notes[n.dataset.note as string] = n.value;
    return { checked: checked(box, 'input[type=checkbox]').map((i) => i.value), notes };
  },
  write(box, v) {
    const c = v ?? { checked: [], notes: {} };
    for (const i of $$<HTMLInputElement>(box, 'input[type=checkbox]')) i.checked = c.checked.includes(i.value);
    for (const n of $$<HTMLInputElement>(box, '[data-note]')) n.value = c.notes[n.dataset.note as string] ?? '';
  },
};
