import { type FieldSpecOf, scaleSpec } from '../shared/spec.ts';

/** The scale's range and what each step says. */
export const spec: FieldSpecOf<'scale'> = (field, lang) => scaleSpec(field, lang);
