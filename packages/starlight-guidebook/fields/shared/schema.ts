import { z } from 'zod';
import { localizedText } from '../../schemas/localized.ts';

/** Pieces of the field schemas that several field types share (each type's own is in its folder). */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const id = z
  .string()
  .regex(idPattern, 'must be lowercase letters, digits and hyphens, starting with a letter or digit');

/** What every answerable field has. */
export const fieldBase = {
  id,
  label: localizedText,
  help: localizedText.optional(),
  required: z.boolean().default(false),
};

/** An option, checklist item, matrix row: an id and its label. */
export const option = z.object({ id, label: localizedText }).strict();

/** A scale, e.g. 1–5, with labels for the ends and optionally for every step. */
export const scaleShape = {
  min: z.number().int(),
  max: z.number().int(),
  minLabel: localizedText.optional(),
  maxLabel: localizedText.optional(),
  stepLabels: z.array(localizedText).optional(),
};

/** Where in the worksheet a rule found a problem: the path from the definition's root. */
export type IssuePath = (string | number)[];

/**
 * A field type's rules that its shape cannot express (at least one row, unique option ids, …),
 * run by the worksheet's schema with the field's path, so errors name the field's place.
 */
export type FieldCheck<F> = (field: F, ctx: z.RefinementCtx, path: IssuePath) => void;

type Scale = { min: number; max: number; stepLabels?: unknown[] | undefined };

export function checkScale(scale: Scale, ctx: z.RefinementCtx, path: IssuePath): void {
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

export function checkUnique(ids: string[], what: string, ctx: z.RefinementCtx, path: IssuePath): void {
  const seen = new Set<string>();
  for (const [index, value] of ids.entries()) {
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate ${what} id "${value}"` });
    }
    seen.add(value);
  }
}

/** Options of a choice or multi field: at least two, each id once. */
export function checkOptions(
  field: { type: string; options: { id: string }[] },
  ctx: z.RefinementCtx,
  path: IssuePath,
): void {
  if (field.options.length < 2)
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'options'],
      message: `a ${field.type} field needs at least two options`,
    });
  checkUnique(
    field.options.map((o) => o.id),
    'option',
    ctx,
    [...path, 'options'],
  );
}
