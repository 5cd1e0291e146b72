import { z } from 'zod';
import { checkUnique, type FieldCheck, fieldBase, option } from '../shared/schema.ts';

/** Items to tick, each optionally with a short note. */
export const schema = z
  .object({
    ...fieldBase,
    type: z.literal('checklist'),
    items: z.array(option),
    /** Each item gets a short note box. */
    notes: z.boolean().default(false),
  })
  .strict();

export const check: FieldCheck<z.infer<typeof schema>> = (field, ctx, path) => {
  if (field.items.length === 0)
    ctx.addIssue({ code: 'custom', path: [...path, 'items'], message: 'a checklist needs at least one item' });
  checkUnique(
    field.items.map((o) => o.id),
    'item',
    ctx,
    [...path, 'items'],
  );
};
