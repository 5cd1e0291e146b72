import { z } from 'zod';

/**
 * The single truth of what a worksheet is. Every output (HTML form, blank PDF, fillable PDF,
 * answers PDF) is derived from a definition that passed this schema.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const id = z
  .string()
  .regex(idPattern, 'must be lowercase letters, digits and hyphens, starting with a letter or digit');

import { type LocalizedText, localizedText } from '../schemas/localized.ts';

export { type LocalizedText, localizedText };

const fieldBase = {
  id,
  label: localizedText,
  help: localizedText.optional(),
  required: z.boolean().default(false),
};

const option = z.object({ id, label: localizedText }).strict();

/** A scale, e.g. 1–5, with labels for the ends and optionally for every step. */
const scaleShape = {
  min: z.number().int(),
  max: z.number().int(),
  minLabel: localizedText.optional(),
  maxLabel: localizedText.optional(),
  stepLabels: z.array(localizedText).optional(),
};

export const textField = z.object({ ...fieldBase, type: z.literal('text') }).strict();
export const textareaField = z
  .object({
    ...fieldBase,
    type: z.literal('textarea'),
    /** Writing lines on paper. */
    lines: z.number().int().min(1).max(40).default(4),
  })
  .strict();
export const dateField = z.object({ ...fieldBase, type: z.literal('date') }).strict();
export const scaleField = z.object({ ...fieldBase, type: z.literal('scale'), ...scaleShape }).strict();
export const choiceField = z.object({ ...fieldBase, type: z.literal('choice'), options: z.array(option) }).strict();
export const multiField = z
  .object({
    ...fieldBase,
    type: z.literal('multi'),
    options: z.array(option),
    /** Adds an "other" option with a text box. */
    other: z.boolean().default(false),
  })
  .strict();
export const checklistField = z
  .object({
    ...fieldBase,
    type: z.literal('checklist'),
    items: z.array(option),
    /** Each item gets a short note box. */
    notes: z.boolean().default(false),
  })
  .strict();
export const matrixField = z
  .object({
    ...fieldBase,
    type: z.literal('matrix'),
    rows: z.array(option),
    scale: z.object(scaleShape).strict(),
  })
  .strict();
export const tableField = z
  .object({
    ...fieldBase,
    type: z.literal('table'),
    columns: z.array(
      z
        .object({
          id,
          label: localizedText,
          type: z.enum(['text', 'date']).default('text'),
        })
        .strict(),
    ),
    /** Rows shown at first in the browser. */
    minRows: z.number().int().min(1).max(50).default(3),
    /** Empty ruled rows on paper. */
    printRows: z.number().int().min(1).max(40).default(6),
  })
  .strict();
export const infoField = z
  .object({
    id,
    type: z.literal('info'),
    label: localizedText.optional(),
    text: localizedText,
  })
  .strict();

export const fieldTypes = [
  'text',
  'textarea',
  'date',
  'scale',
  'choice',
  'multi',
  'checklist',
  'matrix',
  'table',
  'info',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const field = z.discriminatedUnion(
  'type',
  [
    textField,
    textareaField,
    dateField,
    scaleField,
    choiceField,
    multiField,
    checklistField,
    matrixField,
    tableField,
    infoField,
  ],
  { error: `type must be one of: ${fieldTypes.join(', ')}` },
);
export type Field = z.infer<typeof field>;
export type FieldOf<T extends FieldType> = Extract<Field, { type: T }>;

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

type Scale = { min: number; max: number; stepLabels?: unknown[] | undefined };

function checkScale(scale: Scale, ctx: z.RefinementCtx, path: (string | number)[]): void {
  if (scale.min > scale.max) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `scale min ${scale.min} is greater than max ${scale.max}`,
    });
  } else if (scale.max - scale.min > 10) {
    ctx.addIssue({ code: 'custom', path, message: 'a scale can have at most 11 steps' });
  }
  const steps = scale.max - scale.min + 1;
  if (scale.stepLabels && scale.stepLabels.length !== steps) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'stepLabels'],
      message: `stepLabels has ${scale.stepLabels.length} labels but the scale has ${steps} steps`,
    });
  }
}

function checkUnique(ids: string[], what: string, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<string>();
  for (const [index, value] of ids.entries()) {
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${what} id "${value}"` });
    }
    seen.add(value);
  }
}

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
      switch (f.type) {
        case 'scale':
          checkScale(f, ctx, path);
          break;
        case 'matrix':
          if (f.rows.length === 0)
            ctx.addIssue({ code: 'custom', path: [...path, 'rows'], message: 'a matrix needs at least one row' });
          checkUnique(
            f.rows.map((r) => r.id),
            'row',
            ctx,
            [...path, 'rows'],
          );
          checkScale(f.scale, ctx, [...path, 'scale']);
          break;
        case 'choice':
        case 'multi':
          if (f.options.length < 2)
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'options'],
              message: `a ${f.type} field needs at least two options`,
            });
          checkUnique(
            f.options.map((o) => o.id),
            'option',
            ctx,
            [...path, 'options'],
          );
          break;
        case 'checklist':
          if (f.items.length === 0)
            ctx.addIssue({ code: 'custom', path: [...path, 'items'], message: 'a checklist needs at least one item' });
          checkUnique(
            f.items.map((o) => o.id),
            'item',
            ctx,
            [...path, 'items'],
          );
          break;
        case 'table':
          if (f.columns.length === 0)
            ctx.addIssue({ code: 'custom', path: [...path, 'columns'], message: 'a table needs at least one column' });
          checkUnique(
            f.columns.map((c) => c.id),
            'column',
            ctx,
            [...path, 'columns'],
          );
          break;
      }
    });
  });
});

export type WorksheetDefinition = z.infer<typeof worksheetSchema>;
export type WorksheetInput = z.input<typeof worksheetSchema>;
