import { type FieldSpecOf, listSpec } from '../shared/spec.ts';

/** The options' ids and labels. */
export const spec: FieldSpecOf<'choice'> = (field, lang) => listSpec(field.options, lang);
