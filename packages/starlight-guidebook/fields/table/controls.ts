import { $, $$, type El } from '../../worksheets/dom.ts';
import type { FieldControls } from '../shared/controls.ts';
import type { TableValue } from './answer.ts';

/** Each row's cells by column; rows added (never fewer than at first) to hold a saved answer. */
export const controls: FieldControls<TableValue> = {
  read: (box) =>
    $$(box, '[data-table-row]').map((tr) => {
      const r: Record<string, string> = {};
      for (const i of $$<HTMLInputElement>(tr, '[data-col]')) if (i.value) r[i.dataset.col as string] = i.value;
      return r;
    }),
  write(box, v, sheet) {
    const rows = v ?? [];
    const body = $(box, '[data-rows]') as El;
    body.dataset.min ??= String(body.children.length);
    const min = Number(body.dataset.min);
    const want = Math.max(min, rows.length);
    while (body.children.length > want) body.lastElementChild?.remove();
    while (body.children.length < want) sheet.addRow(box, false);
    $$(body, '[data-table-row]').forEach((tr, r) => {
      for (const i of $$<HTMLInputElement>(tr, '[data-col]')) i.value = rows[r]?.[i.dataset.col as string] ?? '';
    });
  },
};
