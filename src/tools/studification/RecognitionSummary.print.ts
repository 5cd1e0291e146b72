import type { PrintForm } from 'starlight-guidebook/print';
import { onlinePointer } from 'starlight-guidebook/print';

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
