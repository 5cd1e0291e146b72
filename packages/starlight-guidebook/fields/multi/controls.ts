import { $, $$ } from '../../worksheets/dom.ts';
import { checked, type FieldControls } from '../shared/controls.ts';
import type { MultiValue } from './answer.ts';

const options = 'input[type=checkbox]:not([data-other-check])';

/** The boxes ticked, and the "other" text when its box is ticked. */
export const controls: FieldControls<MultiValue> = {
  read(box) {
    const other = $<HTMLInputElement>(box, '[data-other-check]')?.checked
      ? ($<HTMLInputElement>(box, '[data-other]')?.value ?? '')
      : '';
    return { selected: checked(box, options).map((i) => i.value), ...(other ? { other } : {}) };
  },
  write(box, v) {
    const m = v ?? { selected: [] };
    for (const i of $$<HTMLInputElement>(box, options)) i.checked = m.selected.includes(i.value);
    const oc = $<HTMLInputElement>(box, '[data-other-check]');
    const ot = $<HTMLInputElement>(box, '[data-other]');
    if (oc && ot) {
      oc.checked = !!m.other;
      ot.value = m.other ?? '';
    }
  },
};
