import { z } from 'zod';
import { schema as checklist, check as checklistCheck } from './checklist/schema.ts';
import { schema as choice, check as choiceCheck } from './choice/schema.ts';
import { schema as date } from './date/schema.ts';
import { schema as info } from './info/schema.ts';
import { schema as matrix, check as matrixCheck } from './matrix/schema.ts';
import { schema as multi, check as multiCheck } from './multi/schema.ts';
import { schema as scale, check as scaleCheck } from './scale/schema.ts';
import type { FieldCheck } from './shared/schema.ts';
import { schema as table, check as tableCheck } from './table/schema.ts';
import { schema as text } from './text/schema.ts';
import { schema as textarea } from './textarea/schema.ts';

/**
 * Every field type's schema, from its folder (fields/<type>/schema.ts). Build-time only: the
 * browser never loads zod. The order is the order of the types in error messages.
 */
export const fieldSchemas = { text, textarea, date, scale, choice, multi, checklist, matrix, table, info } as const;

export type FieldType = keyof typeof fieldSchemas;
export const fieldTypes = Object.keys(fieldSchemas) as FieldType[];

/** A field of any type, told apart by its `type`. */
export const field = z.discriminatedUnion(
  'type',
  [text, textarea, date, scale, choice, multi, checklist, matrix, table, info],
  { error: `type must be one of: ${fieldTypes.join(', ')}` },
);
export type Field = z.infer<typeof field>;
export type FieldOf<T extends FieldType> = z.infer<(typeof fieldSchemas)[T]>;

/** Each field type's rules beyond its shape (fields/<type>/schema.ts `check`), where it has any. */
export const fieldChecks: { [K in FieldType]?: FieldCheck<FieldOf<K>> } = {
  scale: scaleCheck,
  choice: choiceCheck,
  multi: multiCheck,
  checklist: checklistCheck,
  matrix: matrixCheck,
  table: tableCheck,
};

/** Runs the field's own rules, if its type has any. */
export function checkField(f: Field, ctx: z.RefinementCtx, path: (string | number)[]): void {
  (fieldChecks[f.type] as FieldCheck<Field> | undefined)?.(f, ctx, path);
}
