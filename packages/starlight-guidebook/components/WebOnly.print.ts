import type { PrintForm } from '../pdf/print-form.ts';

/** Content for the web only: nothing on paper (see WebOnly.astro). */
const printForm: PrintForm = () => [];
export default printForm;
