import { type FieldSummary, keyLabel } from '../shared/summary.ts';
import type { ChecklistValue } from './answer.ts';

/** "Item ✓: note; …" for each item ticked or with a note, in the checklist's order. */
export const summary: FieldSummary<ChecklistValue> = (f, c, yes) =>
  (f.keys ?? [])
    .filter((k) => c.checked.includes(k) || c.notes[k])
    .map((k) => `${keyLabel(f, k)}${c.checked.includes(k) ? ` ${yes}` : ''}${c.notes[k] ? `: ${c.notes[k]}` : ''}`)
    .join('; ');
