/**
 * The geometry of a worksheet's writing lines, shared by the blank form (fields/shared/pdf.ts, acroform.ts)
 * and by the answers PDF made in the browser (browser/lined-text.ts), which writes each line of an
 * answer on a line of the form. No dependencies: it is bundled into the browser's worker.
 */

/** Distance of writing lines: room for handwriting. */
export const WRITING_LINE = 22;

/** Font size of typed text in a multi-line field. */
export const WRITING_TEXT_SIZE = 11;

/** The top of a multi-line field's widget lies this far below the top of its lines' block. */
export const WRITING_WIDGET_INSET = 2;
