import type { SkillRow } from './gaps.ts';

export interface ChartText {
  title: string;
  description: string;
  required: string;
  own: string;
  notRated: string;
  /** The gap in words, e.g. `2 levels to go`. */
  gap: (levels: number) => string;
  met: string;
  skillLabel: (skill: string) => string;
  /** Axis labels; index 0 is "below the lowest level". */
  levelLabels: readonly string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The gap chart as SVG markup: for each skill a hatched bar for the requirement and a solid bar
 * for the participant's own level, and the gap written out in words, so nothing depends on colour.
 * Colours come from CSS classes (light and dark themes); `idPrefix` keeps pattern ids unique.
 */
export function gapChartSvg(rows: readonly SkillRow[], text: ChartText, idPrefix: string): string {
  const labelW = 190;
  const noteW = 150;
  const stepW = 56;
  const steps = text.levelLabels.length - 1;
  const plotW = steps * stepW;
  const rowH = 54;
  const top = 40;
  const width = labelW + plotW + noteW + 10;
  const height = top + rows.length * rowH + 10;
  const x = (level: number) => labelW + level * stepW;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const hatch = `${idPrefix}-hatch`;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" class="vk-chart-svg">`,
    `<title id="${titleId}">${esc(text.title)}</title>`,
    `<desc id="${descId}">${esc(text.description)}</desc>`,
    `<defs><pattern id="${hatch}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<rect width="8" height="8" class="vk-c-req-bg"/><line x1="0" y1="0" x2="0" y2="8" class="vk-c-req-line" stroke-width="4"/></pattern></defs>`,
  );
  // Axis: one tick per level, labelled with the level code.
  for (let i = 0; i <= steps; i++) {
    const label = text.levelLabels[i] ?? '';
    parts.push(
      `<line x1="${x(i)}" y1="${top - 6}" x2="${x(i)}" y2="${height - 10}" class="vk-c-grid"/>`,
      `<text x="${x(i)}" y="${top - 12}" text-anchor="middle" class="vk-c-axis">${esc(label)}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    parts.push(
      `<text x="${labelW - 10}" y="${y + 26}" text-anchor="end" class="vk-c-label">${esc(text.skillLabel(row.skill))}</text>`,
      `<rect x="${x(0)}" y="${y + 6}" width="${row.required * stepW}" height="18" fill="url(#${hatch})" class="vk-c-req"><title>${esc(`${text.required}: ${text.levelLabels[row.required] ?? ''}`)}</title></rect>`,
    );
    if (row.own === null) {
      parts.push(`<text x="${x(0) + 4}" y="${y + 41}" class="vk-c-muted">${esc(text.notRated)}</text>`);
    } else {
      const w = Math.max(row.own * stepW, 3);
      parts.push(
        `<rect x="${x(0)}" y="${y + 28}" width="${w}" height="18" class="vk-c-own"><title>${esc(`${text.own}: ${text.levelLabels[row.own] ?? ''}`)}</title></rect>`,
      );
    }
    const note = row.gap === null ? '' : row.gap > 0 ? text.gap(row.gap) : text.met;
    if (note) {
      parts.push(
        `<text x="${x(steps) + 12}" y="${y + 30}" class="${row.gap && row.gap > 0 ? 'vk-c-gap' : 'vk-c-met'}">${esc(note)}</text>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('');
}
