import { z } from 'zod';
import { checkOptions, type FieldCheck, fieldBase, option } from '../shared/schema.ts';

/** Any of several options (check boxes), and optionally an "other" answer in words. */
export const schema = z
  .object({
    ...fieldBase,
    type: z.literal('multi'),
    options: z.array(option),
    /** Adds an "other" option with a text box. */
    other: z.boolean().default(false),
  })
  .strict();

export const check: FieldCheck<z.infer<typeof schema>> = checkOptions;
