import type { PrintForm } from 'starlight-guidebook/print';
import { onlinePointer } from 'starlight-guidebook/print';

/** The comparison needs the participant's own answers, so on paper it is a short pointer. */
const printForm: PrintForm = (_props, _children, context) =>
  onlinePointer(context, {
    fi: ['Kun täytät itsearvioinnin ', 'verkossa', ', sivu vertaa kahta arviointiasi rivi riviltä.'],
    en: ['When you fill in the self-assessment ', 'online', ', the page compares your two assessments row by row.'],
  });

export default printForm;
