/**
 * What a controls aspect is (fields/<type>/controls.ts): how the browser reads a field's answer
 * from its form controls and puts an answer back into them. Loaded by every worksheet page.
 */
import { $, $$, type El } from '../../worksheets/dom.ts';
import type { FieldSpec } from './spec.ts';

/** What of the worksheet's script a field's controls may use: a table adds rows to fit its answer. */
export interface SheetControls {
  addRow(box: El, focus: boolean): void;
}

export interface FieldControls<V> {
  /** The answer as the controls in the field's box hold it (checked by its answer aspect after). */
  read(box: El, f: FieldSpec): V | undefined;
  /** Puts a saved answer (undefined: none) into the controls. */
  write(box: El, v: V | undefined, sheet: SheetControls): void;
}

/** The inputs under `root` matching `sel` that are checked. */
export const checked = (root: ParentNode, sel: string): HTMLInputElement[] =>
  $$<HTMLInputElement>(root, sel).filter((i) => i.checked);

/** Checks the radio button of `value` under `scope` (none when undefined). */
export const setRadio = (scope: ParentNode, value: unknown): void => {
  for (const i of $$<HTMLInputElement>(scope, 'input[type=radio]'))
    i.checked = value !== undefined && i.value === String(value);
};

/** One text box, text area or date box: its value as typed. */
export const textControls: FieldControls<string> = {
  read: (box) => $<HTMLInputElement>(box, '[name]')?.value ?? '',
  write(box, v) {
    const i = $<HTMLInputElement>(box, '[name]');
    if (i && i.value !== (v ?? '')) i.value = v ?? '';
  },
};
