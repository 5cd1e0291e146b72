import { type FieldSpecOf, listSpec } from '../shared/spec.ts';

/** The items' ids and labels. */
export const spec: FieldSpecOf<'checklist'> = (field, lang) => listSpec(field.items, lang);
