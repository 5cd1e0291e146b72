import type { PrintForm } from '../pdf/print-form.ts';

/**
 * In a PDF book the mentor's card is its content: the headings, lists and tables inside the
 * component are ordinary Markdown, which the book lays out like any page.
 */
const printForm: PrintForm = (_props, children) => children;
export default printForm;
