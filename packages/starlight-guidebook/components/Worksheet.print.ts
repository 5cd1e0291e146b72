import type { PrintForm } from '../pdf/print-form.ts';

/** In a PDF book a worksheet is laid out as printable worksheet pages by the PDF renderer. */
const printForm: PrintForm = (props, _children, context) => {
  const id = props.id;
  if (typeof id !== 'string' || id === '') {
    throw new Error(`${context.file}: <Worksheet>: the id attribute is missing`);
  }
  return [{ type: 'worksheet', id }];
};

export default printForm;
