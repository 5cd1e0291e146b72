import type { PrintForm } from '../pdf/print-form.ts';

/**
 * A summary exists only once someone fills in the report in a browser, so on paper it becomes a
 * note pointing to the online report (the blank report itself prints through its Worksheet).
 */
const printForm: PrintForm = (_props, _children, context) => {
  const en = context.locale.startsWith('en');
  const [before, link, after] = en
    ? (['When the report is filled in ', 'online', ', the page makes a printable summary of it.'] as const)
    : (['Kun raportin täyttää ', 'verkossa', ', sivu kokoaa siitä tulostettavan yhteenvedon.'] as const);
  // The PDF renderer prints the link's address after its text.
  return [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: before },
        { type: 'link', url: context.pageUrl, children: [{ type: 'text', value: link }] },
        { type: 'text', value: after },
      ],
    },
  ];
};

export default printForm;
