/** The answer chooses the option of the radio group named by the choice field's id. */
export { fillChoice as fill } from '../shared/fill.ts';
