import type { PrintForm } from '../pdf/print-form.ts';

/** It works in the browser only (choices, files of this device); on paper it is a pointer to the page. */
const printForm: PrintForm = (_props, _children, context) => [
  {
    type: 'paragraph',
    children: [{ type: 'link', url: context.pageUrl, children: [{ type: 'text', value: context.pageUrl }] }],
  },
];
export default printForm;
