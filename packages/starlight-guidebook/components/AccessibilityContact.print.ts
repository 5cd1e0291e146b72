import type { PrintForm } from '../pdf/print-form.ts';
import { onlinePointer } from '../pdf/print-forms/online-pointer.ts';

/** On paper the feedback address is given by the page it lives on (the address comes from the site config). */
const printForm: PrintForm = (_props, _children, context) =>
  onlinePointer(context, {
    fi: ['Palauteosoite on ', 'verkkosivulla', '.'],
    en: ['The feedback address is on ', 'the web page', '.'],
  });

export default printForm;
