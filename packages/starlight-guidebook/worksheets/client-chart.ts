/**
 * The summary chart of a worksheet's scale answers, drawn as SVG with a table beside it (client.ts
 * loads this with the first answer to show). Labels are written with textContent.
 */
import type { chartPoints } from './answers.ts';
import { $$, type El, h } from './dom.ts';
import type { WorksheetStrings } from './strings.ts';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attrs: Record<string, string | number>): SVGElement => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};

export function drawChart(out: El, rootId: string, points: ReturnType<typeof chartPoints>, t: WorksheetStrings): void {
  const id = `${rootId}-chart`;
  // Sized to the space it has, so its text stays readable on a phone.
  const w = Math.max(260, Math.min(640, out.clientWidth || 600));
  // Labels wrap at words to the chart's width (14 px text, about 7.5 px a letter), up to three
  // lines: one line cut at 70 letters still ran past the edge of a phone's screen.
  const perLine = Math.floor(w / 7.5);
  const rows = points.map((pt) => {
    const lines: string[] = [];
    for (const word of pt.label.split(/\s+/)) {
      const last = lines.length - 1;
      if (last >= 0 && `${lines[last]} ${word}`.length <= perLine) lines[last] += ` ${word}`;
      else lines.push(word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word);
    }
    if (lines.length > 3) lines.splice(2, lines.length, `${lines[2]?.slice(0, perLine - 1)}…`);
    return { pt, lines };
  });
  const height = rows.reduce((n, r) => n + r.lines.length * 17 + 30, 4);
  const chart = svg('svg', {
    viewBox: `0 0 ${w} ${height}`,
    role: 'img',
    'aria-labelledby': `${id}-t`,
    class: 'ws-chart',
  });
  const title = svg('title', { id: `${id}-t` });
  title.textContent = t.chartLabel;
  chart.append(title);
  let y = 0;
  for (const { pt, lines } of rows) {
    const label = svg('text', { x: 0, y: y + 14, class: 'ws-chart-label' });
    lines.forEach((line, i) => {
      const span = svg('tspan', { x: 0, dy: i ? 17 : 0 });
      span.textContent = line;
      label.append(span);
    });
    const top = y + lines.length * 17 + 4;
    const share = pt.max > pt.min ? (pt.value - pt.min + 1) / (pt.max - pt.min + 1) : 1;
    const track = svg('rect', { x: 0, y: top, width: w - 60, height: 16, rx: 3, class: 'ws-chart-track' });
    const fillRect = svg('rect', {
      x: 0,
      y: top,
      width: Math.max(4, (w - 60) * share),
      height: 16,
      rx: 3,
      class: 'ws-chart-bar',
    });
    const value = svg('text', { x: w - 52, y: top + 13, class: 'ws-chart-value' });
    value.textContent = `${pt.value} / ${pt.max}`;
    chart.append(label, track, fillRect, value);
    y = top + 26;
  }
  const details = h('details', undefined, 'ws-chart-table');
  details.append(h('summary', t.tableAlt));
  const table = h('table');
  const head = h('tr');
  head.append(h('th', t.question), h('th', t.answer));
  for (const th of $$(head, 'th')) th.setAttribute('scope', 'col');
  table.append(head);
  for (const pt of points) {
    const tr = h('tr');
    const th = h('th', pt.label);
    th.setAttribute('scope', 'row');
    tr.append(th, h('td', `${pt.value} / ${pt.max}`));
    table.append(tr);
  }
  details.append(table);
  out.replaceChildren(chart, details);
}
