/**
 * Draws a recognition summary as HTML. Everything the user typed goes in with textContent,
 * never as HTML.
 */
import { format } from 'starlight-guidebook/i18n';
import type { LabelledText, RecognitionSummary, SummaryTable } from './recognition.ts';
import type { SummaryStrings } from './strings.ts';

const el = (tag: string, text?: string, cls?: string): HTMLElement => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

function heading(text: string, level: number): HTMLElement {
  return el(`h${level}`, text, 'opin-summary-h');
}

function tableEl(t: SummaryTable, level: number): HTMLElement[] {
  // A box the table scrolls in on a phone: reachable by keyboard, named by the table's heading.
  const wrap = el('div', undefined, 'opin-summary-table');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', t.label);
  const table = el('table');
  const head = el('thead');
  const hr = el('tr');
  for (const c of t.columns) {
    const th = el('th', c);
    th.setAttribute('scope', 'col');
    hr.append(th);
  }
  head.append(hr);
  const body = el('tbody');
  for (const row of t.rows) {
    const tr = el('tr');
    for (const cell of row) tr.append(el('td', cell));
    body.append(tr);
  }
  table.append(head, body);
  wrap.append(table);
  return [heading(t.label, level), wrap];
}

function textList(items: LabelledText[], mark: string): HTMLElement {
  const ul = el('ul', undefined, 'opin-summary-checks');
  for (const it of items) {
    const li = el('li');
    li.append(el('span', mark, 'opin-summary-mark'), document.createTextNode(` ${it.label}`));
    if (it.text) li.append(el('span', ` (${it.text})`, 'opin-summary-note'));
    ul.append(li);
  }
  return ul;
}

/** Replaces the children of `target` with the summary. `level` is the level of its headings. */
export function renderSummary(target: HTMLElement, s: RecognitionSummary, t: SummaryStrings, level = 3): void {
  const out: HTMLElement[] = [];
  if (s.empty) {
    target.replaceChildren(el('p', t.empty, 'opin-summary-empty'));
    return;
  }
  if (s.facts.length) {
    const dl = el('dl', undefined, 'opin-summary-facts');
    for (const f of s.facts) dl.append(el('dt', f.label), el('dd', f.text));
    out.push(dl);
  }
  if (s.coverage && (s.coverage.levels.length || s.coverage.unrated.length < s.coverage.total)) {
    out.push(
      heading(s.coverage.label, level),
      el('p', format(t.strong, { n: s.coverage.strong, total: s.coverage.total })),
    );
    const groups = el('div', undefined, 'opin-summary-levels');
    for (const lv of s.coverage.levels) {
      const box = el('div', undefined, `opin-summary-level opin-level-${lv.value}`);
      box.append(el('p', lv.label, 'opin-summary-level-label'));
      const ul = el('ul');
      for (const a of lv.areas) ul.append(el('li', a));
      box.append(ul);
      groups.append(box);
    }
    if (s.coverage.unrated.length) {
      const box = el('div', undefined, 'opin-summary-level opin-level-none');
      box.append(el('p', t.unrated, 'opin-summary-level-label'));
      const ul = el('ul');
      for (const a of s.coverage.unrated) ul.append(el('li', a));
      box.append(ul);
      groups.append(box);
    }
    out.push(groups);
  }
  if (s.tasks) out.push(...tableEl(s.tasks, level));
  if (s.other) out.push(...tableEl(s.other, level));
  if (s.conditions && (s.conditions.ready.length || s.conditions.open.length)) {
    out.push(heading(s.conditions.label, level));
    if (s.conditions.ready.length) out.push(el('p', t.ready, 'opin-summary-sub'), textList(s.conditions.ready, '✓'));
    if (s.conditions.open.length) out.push(el('p', t.open, 'opin-summary-sub'), textList(s.conditions.open, '–'));
  }
  for (const n of s.notes) {
    out.push(heading(n.label, level));
    for (const para of n.text.split(/\n\s*\n/)) out.push(el('p', para, 'opin-summary-text'));
  }
  out.push(el('p', t.generated, 'opin-summary-foot'));
  target.replaceChildren(...out);
}
