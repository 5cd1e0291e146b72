import type { PrintForm } from '../pdf/print-form.ts';

/**
 * In a PDF the reader already holds the file, so the link and its lead-in print as nothing. Worksheets
 * reach the book through the Worksheet component's print form, and the book adds any of the
 * material's worksheets not placed in a page at the end.
 */
const printForm: PrintForm = () => [];
export default printForm;
