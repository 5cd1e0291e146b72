import type { PrintForm } from '../pdf/print-form.ts';
import { onlinePointer } from '../pdf/print-forms/online-pointer.ts';

/**
 * A summary exists only once someone fills in the report in a browser, so on paper it becomes a
 * note pointing to the online report (the blank report itself prints through its Worksheet).
 */
const printForm: PrintForm = (_props, _children, context) =>
  onlinePointer(context, {
    fi: ['Kun raportin täyttää ', 'verkossa', ', sivu kokoaa siitä tulostettavan yhteenvedon.'],
    en: ['When the report is filled in ', 'online', ', the page makes a printable summary of it.'],
  });

export default printForm;
