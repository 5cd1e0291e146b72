/** Draws a rating comparison as a table with small bars. Text goes in with textContent only. */
import { format } from 'starlight-guidebook/i18n';
import { barShare, type ProgressComparison } from './progress.ts';
import type { ProgressStrings } from './strings.ts';

const el = (tag: string, text?: string, cls?: string): HTMLElement => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

function cell(c: ProgressComparison, value: number | undefined, t: ProgressStrings, which: 'from' | 'to'): HTMLElement {
  const td = el('td', undefined, 'opin-progress-cell');
  if (value === undefined) {
    td.append(el('span', t.notRated, 'opin-progress-none'));
    return td;
  }
  const bar = el('span', undefined, `opin-progress-bar opin-progress-${which}`);
  bar.style.setProperty('--share', String(barShare(value, c.min, c.max)));
  bar.setAttribute('aria-hidden', 'true');
  const label = c.stepLabels[value - c.min];
  td.append(bar, el('span', label ? `${value} – ${label}` : String(value), 'opin-progress-value'));
  return td;
}

export function renderProgress(target: HTMLElement, c: ProgressComparison, t: ProgressStrings): void {
  if (!c.rows.some((r) => r.from !== undefined || r.to !== undefined)) {
    target.replaceChildren(el('p', t.empty, 'opin-progress-empty'));
    return;
  }
  const out: HTMLElement[] = [];
  if (c.compared) out.push(el('p', format(t.summary, { improved: c.improved, compared: c.compared })));
  // On a phone the table scrolls sideways inside this box: the box joins the tab order so the
  // keyboard can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable), named for what it holds.
  const wrap = el('div', undefined, 'opin-progress-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `${c.fromLabel} – ${c.toLabel}`);
  // On a phone each row stacks, each cell named by its column (the engine's `stacked-narrow`):
  // four columns side by side needed scrolling sideways at 320 px.
  const table = el('table', undefined, 'opin-progress-table stacked-narrow');
  const heads = [t.area, c.fromLabel, c.toLabel, t.change];
  const hr = el('tr');
  for (const h of heads) {
    const th = el('th', h);
    th.setAttribute('scope', 'col');
    hr.append(th);
  }
  const thead = el('thead');
  thead.append(hr);
  const tbody = el('tbody');
  for (const r of c.rows) {
    const tr = el('tr');
    const th = el('th', r.label);
    th.setAttribute('scope', 'row');
    const change = r.change === undefined ? '' : r.change > 0 ? `+${r.change}` : String(r.change);
    tr.append(th, cell(c, r.from, t, 'from'), cell(c, r.to, t, 'to'), el('td', change, 'opin-progress-change'));
    tr.querySelectorAll('td').forEach((td, i) => {
      td.dataset.label = heads[i + 1] ?? '';
    });
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  out.push(wrap);
  target.replaceChildren(...out);
}
