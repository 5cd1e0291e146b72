import { type FieldSpecOf, listSpec, scaleSpec } from '../shared/spec.ts';

/** The rows' ids and labels, the scale's range and what each step says. */
export const spec: FieldSpecOf<'matrix'> = (field, lang) => ({
  ...listSpec(field.rows, lang),
  ...scaleSpec(field.scale, lang),
});
