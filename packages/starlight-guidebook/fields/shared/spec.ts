/**
 * What the browser knows of a field (fields/<type>/spec.ts makes it from the definition, in one
 * locale): enough to check, count and describe its answers. Build-time code makes it; the
 * browser reads it from the page.
 */
import type { LocalizedText } from '../../schemas/localized.ts';
import { maybeText, pickText } from '../../worksheets/text.ts';
import type { FieldOf, FieldType } from '../schemas.ts';

/** The field types that take an answer (all but `info`). */
export type AnswerType = Exclude<FieldType, 'info'>;

export interface FieldSpec {
  id: string;
  type: AnswerType;
  label: string;
  required: boolean;
  /** Option, item, row or column ids, in order. */
  keys?: string[];
  /** Their labels, same order. */
  keyLabels?: string[];
  min?: number;
  max?: number;
  /** Labels for each scale step, min..max, where known. */
  stepLabels?: (string | undefined)[];
  other?: boolean;
  /** Table columns that hold dates. */
  dateKeys?: string[];
}

/** What a field type adds to the id, type, label and required every spec has. */
export type SpecExtras = Omit<Partial<FieldSpec>, 'id' | 'type' | 'label' | 'required'>;

/** A field type's spec aspect: its extras, from the definition, in one locale. */
export type FieldSpecOf<T extends AnswerType> = (field: FieldOf<T>, lang: string) => SpecExtras;

/** A field type with nothing to add (text, textarea, date). */
export const noExtras = (): SpecExtras => ({});

/** Option, item, row or column ids and their labels. */
export function listSpec(items: { id: string; label: LocalizedText }[], lang: string): SpecExtras {
  return { keys: items.map((o) => o.id), keyLabels: items.map((o) => pickText(o.label, lang)) };
}

/** A scale's range and what each step says: its own label, or the end's label at the ends. */
export function scaleSpec(
  sc: {
    min: number;
    max: number;
    minLabel?: LocalizedText | undefined;
    maxLabel?: LocalizedText | undefined;
    stepLabels?: LocalizedText[] | undefined;
  },
  lang: string,
): SpecExtras {
  const stepLabels: (string | undefined)[] = [];
  for (let v = sc.min; v <= sc.max; v++) {
    const own = sc.stepLabels?.[v - sc.min];
    stepLabels.push(
      own
        ? pickText(own, lang)
        : v === sc.min
          ? maybeText(sc.minLabel, lang)
          : v === sc.max
            ? maybeText(sc.maxLabel, lang)
            : undefined,
    );
  }
  return { min: sc.min, max: sc.max, stepLabels };
}
