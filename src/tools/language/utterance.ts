import { z } from 'zod';

/**
 * A Finnish phrase or line with its translations: the language the tools teach is always there,
 * whatever the site's root locale (other texts of the tools' data are ordinary localized texts).
 */
export const utterance = z
  .object({ fi: z.string().trim().min(1, 'the Finnish text (fi) is missing: the tool teaches Finnish') })
  .catchall(z.string().trim().min(1, 'the text is empty'));
export type Utterance = z.output<typeof utterance>;
