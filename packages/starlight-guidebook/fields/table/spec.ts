import { type FieldSpecOf, listSpec } from '../shared/spec.ts';

/** The columns' ids and labels, and which of them hold dates. */
export const spec: FieldSpecOf<'table'> = (field, lang) => {
  const dateKeys = field.columns.filter((c) => c.type === 'date').map((c) => c.id);
  return { ...listSpec(field.columns, lang), ...(dateKeys.length ? { dateKeys } : {}) };
};
