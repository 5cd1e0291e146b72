import { type FieldSpecOf, noExtras } from '../shared/spec.ts';

/** The browser needs nothing of a date field beyond its id, label and whether it is required. */
export const spec: FieldSpecOf<'date'> = noExtras;
