import { z } from 'zod';
import { checkOptions, type FieldCheck, fieldBase, option } from '../shared/schema.ts';

/** One of several options (radio buttons). */
export const schema = z.object({ ...fieldBase, type: z.literal('choice'), options: z.array(option) }).strict();

export const check: FieldCheck<z.infer<typeof schema>> = checkOptions;
