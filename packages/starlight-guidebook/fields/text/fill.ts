/** The answer into the text field named by the text field's id. */
export { fillText as fill } from '../shared/fill.ts';
