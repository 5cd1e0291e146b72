import { z } from 'zod';
import { localizedText } from '../../schemas/localized.ts';
import { id } from '../shared/schema.ts';

/** Text between the questions: nothing to answer. */
export const schema = z
  .object({
    id,
    type: z.literal('info'),
    label: localizedText.optional(),
    text: localizedText,
  })
  .strict();
