import { checked, type FieldControls, setRadio } from '../shared/controls.ts';

/** The radio button checked, as its step's number. */
export const controls: FieldControls<number> = {
  read(box) {
    const c = checked(box, 'input[type=radio]')[0];
    return c ? Number(c.value) : undefined;
  },
  write: setRadio,
};
