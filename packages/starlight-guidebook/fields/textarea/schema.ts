import { z } from 'zod';
import { fieldBase } from '../shared/schema.ts';

/** A longer text: a text area in the browser, writing lines on paper. */
export const schema = z
  .object({
    ...fieldBase,
    type: z.literal('textarea'),
    /** Writing lines on paper. */
    lines: z.number().int().min(1).max(40).default(4),
  })
  .strict();
