/**
 * What a form aspect gets (fields/<type>/Form.astro), and the parts of a field's markup that
 * every answerable type works out the same way: its element id, label, help and required mark.
 */
import { maybeText, pickText } from '../../worksheets/text.ts';
import type { Field } from '../schemas.ts';

export interface FormProps<F extends Field = Field> {
  field: F;
  lang: string;
  /** The worksheet's own id prefix on the page, so two worksheets on one page never share ids. */
  prefix: string;
}

export interface FormParts {
  /** The field's element id: the prefix and the field's id. */
  fid: string;
  label: string;
  help: string | undefined;
  helpId: string | undefined;
  required: boolean;
}

export function formParts(f: Exclude<Field, { type: 'info' }>, lang: string, prefix: string): FormParts {
  const fid = `${prefix}-${f.id}`;
  const help = maybeText(f.help, lang);
  return {
    fid,
    label: pickText(f.label, lang),
    help,
    helpId: help ? `${fid}-help` : undefined,
    required: f.required,
  };
}
