import { z } from 'zod';
import { localizedText } from '../../schemas/localized.ts';
import { checkUnique, type FieldCheck, fieldBase, id } from '../shared/schema.ts';

/** Rows of text or date columns; the participant adds rows as needed. */
export const schema = z
  .object({
    ...fieldBase,
    type: z.literal('table'),
    columns: z.array(
      z
        .object({
          id,
          label: localizedText,
          type: z.enum(['text', 'date']).default('text'),
        })
        .strict(),
    ),
    /** Rows shown at first in the browser. */
    minRows: z.number().int().min(1).max(50).default(3),
    /** Empty ruled rows on paper. */
    printRows: z.number().int().min(1).max(40).default(6),
  })
  .strict();

export const check: FieldCheck<z.infer<typeof schema>> = (field, ctx, path) => {
  if (field.columns.length === 0)
    ctx.addIssue({ code: 'custom', path: [...path, 'columns'], message: 'a table needs at least one column' });
  checkUnique(
    field.columns.map((c) => c.id),
    'column',
    ctx,
    [...path, 'columns'],
  );
};
