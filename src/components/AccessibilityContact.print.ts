import type { PrintForm } from '../pdf/print-form.ts';

/** On paper the feedback address is given by the page it lives on (the address comes from the site config). */
const printForm: PrintForm = (_props, _children, { locale, pageUrl }) => [
  {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        value: locale === 'en' ? 'The feedback address is on the web page ' : 'Palauteosoite on verkkosivulla ',
      },
      { type: 'link', url: pageUrl, children: [{ type: 'text', value: pageUrl }] },
      { type: 'text', value: '.' },
    ],
  },
];
export default printForm;
