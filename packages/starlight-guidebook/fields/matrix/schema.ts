import { z } from 'zod';
import { checkScale, checkUnique, type FieldCheck, fieldBase, option, scaleShape } from '../shared/schema.ts';

/** Statements (rows) each rated on the same scale. */
export const schema = z
  .object({
    ...fieldBase,
    type: z.literal('matrix'),
    rows: z.array(option),
    scale: z.object(scaleShape).strict(),
  })
  .strict();

export const check: FieldCheck<z.infer<typeof schema>> = (field, ctx, path) => {
  if (field.rows.length === 0)
    ctx.addIssue({ code: 'custom', path: [...path, 'rows'], message: 'a matrix needs at least one row' });
  checkUnique(
    field.rows.map((r) => r.id),
    'row',
    ctx,
    [...path, 'rows'],
  );
  checkScale(field.scale, ctx, [...path, 'scale']);
};
