import type { LayoutContext } from '../layout.ts';

/** Where a fillable form field's widget goes on the current page, in pdfkit's coordinates. */
export type Rect = { x: number; y: number; w: number; h: number };
export type FieldWidget =
  | { kind: 'text'; name: string; rect: Rect; multiline?: boolean; label: string }
  | { kind: 'checkbox'; name: string; rect: Rect; label: string }
  /**
   * One option of a radio group: `label` is the group's question (its tooltip, TU), `option` what
   * this option says (its export value), `value` the answer's value (its appearance state).
   */
  | { kind: 'radio'; name: string; value: string; option: string; rect: Rect; label: string };

/** The fillable form of a worksheet file (acroform.ts). */
export interface FormFields {
  /** A widget on the current page; widgets of the same name make one field (a radio group). */
  add(widget: FieldWidget): void;
  /** How many fields there are (pdfkit writes them when the document ends). */
  count(): number;
}

export interface SheetContext extends LayoutContext {
  /** The form the widgets go into; undefined when laying out for a book (print only). */
  form: FormFields | undefined;
}

/** Field names in the PDF: the worksheet's ids joined with ':' ('.' would mean hierarchy). */
export function fieldName(...parts: (string | number)[]): string {
  return parts.join(':');
}
