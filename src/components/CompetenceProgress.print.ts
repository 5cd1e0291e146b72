import type { PrintForm } from '../pdf/print-form.ts';

/** The comparison needs the participant's own answers, so on paper it is a short pointer. */
const printForm: PrintForm = (_props, _children, context) => {
  const en = context.locale.startsWith('en');
  const [before, link, after] = en
    ? ([
        'When you fill in the self-assessment ',
        'online',
        ', the page compares your two assessments row by row.',
      ] as const)
    : (['Kun täytät itsearvioinnin ', 'verkossa', ', sivu vertaa kahta arviointiasi rivi riviltä.'] as const);
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
