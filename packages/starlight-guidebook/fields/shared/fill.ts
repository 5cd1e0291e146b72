/**
 * What a fill aspect is (fields/<type>/fill.ts): how the answers PDF, made in the browser, writes
 * a field type's answer into the fillable PDF's fields, which its renderer (fields/<type>/pdf.ts)
 * named `id`, `id:option`, `id:item:note`, `id:row`, `id:<row number>:column`, `id:other:text`.
 * No pdf-lib here: the filler (pdf/browser/fill.ts) hands each fill the form to write into.
 */
/** The fillable PDF's fields, by name; each call does nothing when no field of that name and kind exists. */
export interface PdfForm {
  /** Writes a (non-blank) text into a text field. */
  text(name: string, value: unknown): void;
  /** Ticks a check box. */
  tick(name: string): void;
  /** Chooses a radio group's option by the answer's value. */
  choose(name: string, value: unknown): void;
}

/**
 * Writes an answer into the form. The filler does not know the field's type (the folder page
 * fills saved answers of many worksheets, without their specs), so every fill is offered every
 * answer: a fill writes only a value of its own type's shape, into fields of its own kind and
 * naming, and so writes nothing for another type's answer.
 */
export type FieldFill = (id: string, value: unknown, form: PdfForm) => void;

/** A text, text area or date: the field named by the id, if it is a text field. */
export const fillText: FieldFill = (id, value, form) => form.text(id, value);

/** A scale or choice: the radio group named by the id. */
export const fillChoice: FieldFill = (id, value, form) => form.choose(id, value);
