/**
 * Draws the studification model as an SVG: one row per phase, a column per role (filled dot =
 * responsible, ring = takes part) and the document each phase produces. The same drawing is
 * inlined on the page (colours from Starlight's CSS variables, so it follows light and dark
 * mode) and written as a file for the PDF books (fixed print colours).
 */
import { pickText } from 'starlight-guidebook/worksheets';
import type { ProcessModel } from './model.ts';

export interface Palette {
  text: string;
  muted: string;
  line: string;
  rowFill: string;
  accent: string;
  onAccent: string;
  font: string;
}

/** On the page: Starlight's variables, which switch with the colour theme. */
export const cssPalette: Palette = {
  text: 'var(--sl-color-white)',
  muted: 'var(--sl-color-gray-2)',
  line: 'var(--sl-color-gray-3)',
  rowFill: 'var(--sl-color-gray-6)',
  accent: 'var(--sl-color-accent-high)',
  onAccent: 'var(--sl-color-black)',
  font: 'var(--sl-font, system-ui, sans-serif)',
};

/** On paper: dark text on white, the site's accent colour. */
export const printPalette: Palette = {
  text: '#1a1a1a',
  muted: '#3d3d3d',
  line: '#6b6b6b',
  rowFill: '#eef3f4',
  accent: '#0b5a6b',
  onAccent: '#ffffff',
  font: "'Noto Sans', sans-serif",
};

/**
 * Greedy word wrap by character count (good enough for short labels). Words longer than a line
 * are split after a hyphen when they have one.
 */
export function wrap(text: string, maxChars: number): string[] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w.length > maxChars && w.includes('-') ? w.split(/(?<=-)/) : [w]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line.endsWith('-') ? `${line}${word}` : `${line} ${word}`;
    if (line && joined.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? joined : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const W = 760;
const LOOP_X = 8;
const NUM_X = 34;
const TEXT_X = 60;
const ROLE_X0 = 352;
const ROLE_DX = 76;
const DOC_X = 628;
const HEADER_H = 48;
const GAP = 10;

export interface RenderOptions {
  /** Prefix for the ids inside the SVG (title, desc, marker), unique on the page. */
  idPrefix: string;
  palette: Palette;
  /** Add an XML declaration and namespace for a standalone file. */
  standalone?: boolean;
}

interface Row {
  top: number;
  height: number;
  title: string[];
  text: string[];
  doc: string[];
}

export function renderModelSvg(model: ProcessModel, lang: string, options: RenderOptions): string {
  const { idPrefix: id, palette: c } = options;
  const t = (x: Readonly<Record<string, string>>) => pickText(x, lang);
  const roleX = (i: number) => ROLE_X0 + i * ROLE_DX;
  const roleIndex = new Map(model.roles.map((r, i) => [r.id, i]));

  // Measure the rows first; a row is as tall as its longest column.
  const rows: Row[] = [];
  let y = HEADER_H + 8;
  for (const p of model.phases) {
    const title = wrap(t(p.title), 30);
    const text = wrap(t(p.text), 38);
    const doc = p.document ? wrap(t(p.document), 18) : [];
    const left = 16 + title.length * 18 + text.length * 16 + 8;
    const right = 16 + doc.length * 15 + 8;
    const height = Math.max(left, right, 58);
    rows.push({ top: y, height, title, text, doc });
    y += height + GAP;
  }
  const legendY = y + 16;
  const H = legendY + 20;

  const out: string[] = [];
  const fill = (col: string) => `fill:${col}`;
  const textEl = (x: number, yy: number, s: string, style: string, anchor = 'start') =>
    `<text x="${x}" y="${yy}" text-anchor="${anchor}" style="${style}">${escapeXml(s)}</text>`;

  out.push(
    `<svg${options.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : ''} viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-title ${id}-desc" style="font-family:${c.font};max-width:100%;height:auto">`,
    `<title id="${id}-title">${escapeXml(t(model.title))}</title>`,
    `<desc id="${id}-desc">${escapeXml(t(model.description))}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" style="${fill(c.line)}"/></marker></defs>`,
  );

  // Column headers.
  out.push(textEl(TEXT_X, 30, t(model.legend.phase), `${fill(c.muted)};font-size:13px;font-weight:700`));
  model.roles.forEach((r, i) => {
    const lines = wrap(t(r.label), 10);
    const top = lines.length > 1 ? 22 : 30;
    lines.forEach((l, k) => {
      out.push(textEl(roleX(i), top + k * 15, l, `${fill(c.text)};font-size:12.5px;font-weight:700`, 'middle'));
    });
  });
  out.push(textEl(DOC_X, 30, t(model.legend.document), `${fill(c.muted)};font-size:13px;font-weight:700`));

  rows.forEach((row, i) => {
    const p = model.phases[i];
    if (!p) return;
    const mid = row.top + row.height / 2;
    out.push(
      `<rect x="${TEXT_X - 8}" y="${row.top}" width="${W - TEXT_X}" height="${row.height}" rx="8" style="${fill(c.rowFill)}"/>`,
      `<circle cx="${NUM_X}" cy="${row.top + 24}" r="15" style="${fill(c.accent)}"/>`,
      textEl(NUM_X, row.top + 29, String(i + 1), `${fill(c.onAccent)};font-size:14px;font-weight:700`, 'middle'),
    );
    let ty = row.top + 24;
    for (const l of row.title) {
      out.push(textEl(TEXT_X, ty, l, `${fill(c.text)};font-size:14.5px;font-weight:700`));
      ty += 18;
    }
    ty += 2;
    for (const l of row.text) {
      out.push(textEl(TEXT_X, ty, l, `${fill(c.text)};font-size:12.5px`));
      ty += 16;
    }
    for (const r of p.lead) {
      const k = roleIndex.get(r) ?? 0;
      out.push(`<circle cx="${roleX(k)}" cy="${mid}" r="9" style="${fill(c.accent)}"/>`);
    }
    for (const r of p.part) {
      const k = roleIndex.get(r) ?? 0;
      out.push(`<circle cx="${roleX(k)}" cy="${mid}" r="7.5" style="fill:none;stroke:${c.accent};stroke-width:2.5"/>`);
    }
    const docTop = mid - ((row.doc.length - 1) * 15) / 2 + 4;
    row.doc.forEach((l, k) => {
      out.push(textEl(DOC_X, docTop + k * 15, l, `${fill(c.text)};font-size:12px`));
    });
  });

  // Connectors between phase numbers, drawn on top of the rows.
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (!next) return;
    const y1 = row.top + 24 + 15;
    const y2 = next.top + 24 - 16;
    out.push(
      `<line x1="${NUM_X}" y1="${y1}" x2="${NUM_X}" y2="${y2}" style="stroke:${c.line};stroke-width:2" marker-end="url(#${id}-arrow)"/>`,
    );
  });

  // Loops back to an earlier phase, in the lane left of the numbers.
  model.phases.forEach((p, i) => {
    if (!p.loopTo) return;
    const to = model.phases.findIndex((q) => q.id === p.loopTo);
    const from = rows[i];
    const target = rows[to];
    if (!from || !target) return;
    const y1 = from.top + 24;
    const y2 = target.top + 24;
    out.push(
      `<path d="M${NUM_X - 16},${y1} H${LOOP_X} V${y2} H${NUM_X - 19}" style="fill:none;stroke:${c.accent};stroke-width:2;stroke-dasharray:5 3" marker-end="url(#${id}-arrow)"/>`,
    );
  });

  // Legend.
  out.push(
    `<circle cx="${TEXT_X + 2}" cy="${legendY - 4}" r="7" style="${fill(c.accent)}"/>`,
    textEl(TEXT_X + 16, legendY, t(model.legend.lead), `${fill(c.text)};font-size:12.5px`),
    `<circle cx="${TEXT_X + 132}" cy="${legendY - 4}" r="6" style="fill:none;stroke:${c.accent};stroke-width:2.5"/>`,
    textEl(TEXT_X + 146, legendY, t(model.legend.part), `${fill(c.text)};font-size:12.5px`),
    '</svg>',
  );
  return (options.standalone ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + out.join('\n');
}
