import { $$ } from '../../worksheets/dom.ts';
import { checked, type FieldControls, setRadio } from '../shared/controls.ts';
import type { MatrixValue } from './answer.ts';

/** Each row's radio button checked, as its step's number. */
export const controls: FieldControls<MatrixValue> = {
  read(box) {
    const out: MatrixValue = {};
    for (const row of $$(box, '[data-row]')) {
      const c = checked(box, `[data-row="${row.dataset.row}"] input`)[0];
      if (c) out[row.dataset.row as string] = Number(c.value);
    }
    return out;
  },
  write(box, v) {
    const m = v ?? {};
    for (const row of $$(box, '[data-row]')) setRadio(row, m[row.dataset.row as string]);
  },
};
