import type { Doc } from '../document.ts';
import type { LayoutContext } from '../layout.ts';

/** Where a fillable form field goes; added with pdf-lib after layout (see acroform.ts). */
export type Rect = { x: number; y: number; w: number; h: number };
export type FieldWidget =
  | { kind: 'text'; name: string; page: number; rect: Rect; multiline?: boolean; label: string }
  | { kind: 'checkbox'; name: string; page: number; rect: Rect; label: string }
  | { kind: 'radio'; name: string; value: string; page: number; rect: Rect; label: string };

export interface SheetContext extends LayoutContext {
  /** Collects the form fields; undefined when laying out for a book (print only). */
  widgets: FieldWidget[] | undefined;
}

/** Index of the page being laid out (pages are only appended during layout). */
export function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** Field names in the PDF: the worksheet's ids joined with ':' ('.' would mean hierarchy). */
export function fieldName(...parts: (string | number)[]): string {
  return parts.join(':');
}
