import { z } from 'zod';
import { fieldBase } from '../shared/schema.ts';

/** A date (yyyy-mm-dd in the answers). */
export const schema = z.object({ ...fieldBase, type: z.literal('date') }).strict();
