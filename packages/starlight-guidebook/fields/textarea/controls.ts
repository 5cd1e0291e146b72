/** The textarea box's value as typed. */
export { textControls as controls } from '../shared/controls.ts';
