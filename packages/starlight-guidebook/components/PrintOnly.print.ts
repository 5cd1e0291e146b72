import type { PrintForm } from '../pdf/print-form.ts';

/** Content for paper only: its children print as they are (see PrintOnly.astro). */
const printForm: PrintForm = (_props, children) => children;
export default printForm;
