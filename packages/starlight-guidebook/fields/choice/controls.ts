import { checked, type FieldControls, setRadio } from '../shared/controls.ts';

/** The radio button checked, as its option's id. */
export const controls: FieldControls<string> = {
  read: (box) => checked(box, 'input[type=radio]')[0]?.value,
  write: setRadio,
};
