/** The answer chooses the option of the radio group named by the scale field's id. */
export { fillChoice as fill } from '../shared/fill.ts';
