import { type FieldSpecOf, listSpec } from '../shared/spec.ts';

/** The options' ids and labels, and whether an "other" answer is allowed. */
export const spec: FieldSpecOf<'multi'> = (field, lang) => ({ ...listSpec(field.options, lang), other: field.other });
