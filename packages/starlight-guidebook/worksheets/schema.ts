import { z } from 'zod';

/**
 * The single truth of what a worksheet is. Every output (HTML form, blank PDF, fillable PDF,
 * answers PDF) is derived from a definition that passed this schema.
 */

import { checkField, type Field, type FieldOf, type FieldType, field, fieldTypes } from '../fields/schemas.ts';
import { id } from '../fields/shared/schema.ts';
import { type LocalizedText, localizedText } from '../schemas/localized.ts';

/** Each field type's schema is in its folder, fields/<type>/schema.ts; the union of them is here. */
export { type Field, type FieldOf, type FieldType, field, fieldTypes, type LocalizedText, localizedText };

export const section = z
  .object({
    title: localizedText,
    help: localizedText.optional(),
    fields: z.array(field).min(1, 'a section needs at least one field'),
  })
  .strict();
export type Section = z.infer<typeof section>;

export const worksheetShape = z
  .object({
    id,
    version: z.number().int().min(1),
    /** Who fills it in: one of the audiences the site config names (checked against it at build). */
    audience: id,
    /** The material (content/docs folder) this worksheet belongs to; used for headers and books. */
    material: id,
    title: localizedText,
    intro: localizedText,
    instructions: localizedText.optional(),
    sections: z.array(section).min(1, 'a worksheet needs at least one section'),
    /**
     * The participant can fill it in again in rounds (e.g. at the start, middle and end): earlier
     * rounds are kept read-only, and scale and matrix answers are shown as a change over rounds.
     */
    repeatable: z.boolean().default(false),
    /** Names offered for a new round (the participant may also write their own); repeatable only. */
    roundNames: z.array(localizedText).min(1).max(8).optional(),
  })
  .strict();

/** Cross-field rules that a plain shape cannot express. */
export const worksheetSchema = worksheetShape.superRefine((sheet, ctx) => {
  if (sheet.roundNames && !sheet.repeatable) {
    ctx.addIssue({
      code: 'custom',
      path: ['roundNames'],
      message: 'roundNames needs repeatable: true (names are offered when a new round starts)',
    });
  }
  const fieldIds = new Map<string, string>();
  sheet.sections.forEach((sec, s) => {
    sec.fields.forEach((f, i) => {
      const path = ['sections', s, 'fields', i];
      const previous = fieldIds.get(f.id);
      if (previous) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate field id "${f.id}" (first used at ${previous})`,
        });
      } else {
        fieldIds.set(f.id, `sections[${s}].fields[${i}]`);
      }
      checkField(f, ctx, path);
    });
  });
});

export type WorksheetDefinition = z.infer<typeof worksheetSchema>;
export type WorksheetInput = z.input<typeof worksheetSchema>;
