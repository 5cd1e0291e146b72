import { z } from 'zod';
import { fieldBase } from '../shared/schema.ts';

/** A one-line text box. */
export const schema = z.object({ ...fieldBase, type: z.literal('text') }).strict();
