import { z } from 'zod';
import { checkScale, type FieldCheck, fieldBase, scaleShape } from '../shared/schema.ts';

/** One step of a scale, e.g. 1–5. */
export const schema = z.object({ ...fieldBase, type: z.literal('scale'), ...scaleShape }).strict();

export const check: FieldCheck<z.infer<typeof schema>> = (field, ctx, path) => checkScale(field, ctx, path);
