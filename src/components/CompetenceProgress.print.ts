import type { PrintForm } from '../pdf/print-form.ts';

/** The comparison needs the participant's own answers, so on paper it is a short pointer. */
const printForm: PrintForm = (_props, _children, context) => {
  const en = context.locale.startsWith('en');
  return [
    {
      type: 'paragraph',
      children: [
        {
          type: 'text',
          value: en
            ? 'When you fill in the self-assessment online, the page compares your two assessments row by row: '
            : 'Kun täytät itsearvioinnin verkossa, sivu vertaa kahta arviointiasi rivi riviltä: ',
        },
        { type: 'link', url: context.pageUrl, children: [{ type: 'text', value: context.pageUrl }] },
      ],
    },
  ];
};

export default printForm;
