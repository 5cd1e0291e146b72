import { format, formatCount } from 'starlight-guidebook/i18n';
import { gapChartSvg } from './chart.ts';
import type { ExplorerData } from './explorer-data.ts';
import { computeGaps, levelIndex, type SkillRow, suggestPractice } from './gaps.ts';
import type { Text } from './schema.ts';
import { CUSTOM, type ExplorerContent, type ExplorerState } from './state.ts';
import type { ExplorerStrings } from './strings.ts';
import { tr } from './text.ts';

/**
 * HTML of the explorer's result (chart, table, suggestions), shared by the build (first render)
 * and the browser (every change), so both show the same thing.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lower-cases the first letter, for items listed inside a sentence. */
const lowerFirst = (x: string) => x.charAt(0).toLocaleLowerCase() + x.slice(1);

export function explorerContent(data: ExplorerData): ExplorerContent {
  return {
    skills: data.skills.map((s) => s.id),
    levelCount: data.levels.length,
    situations: data.situations.map((s) => s.id),
    tasks: data.tasks.map((t) => ({
      id: t.id,
      required: Object.fromEntries(Object.entries(t.demands).map(([k, d]) => [k, levelIndex(data.levels, d.level)])),
      situations: t.situations,
    })),
  };
}

/** Short level codes for the axis and table: index 0 is "below the lowest level". */
export function levelCodes(data: ExplorerData, s: ExplorerStrings): string[] {
  return [s.belowLowestShort, ...data.levels.map((l) => l.id)];
}

export function taskName(data: ExplorerData, state: ExplorerState, lang: string, s: ExplorerStrings): string {
  if (state.task === CUSTOM) return state.customName.trim() || s.customDefault;
  const task = data.tasks.find((t) => t.id === state.task);
  return task ? tr(task.label, lang) : s.customDefault;
}

function gapText(row: SkillRow, s: ExplorerStrings, lang: string): string {
  if (row.gap === null) return s.notRated;
  if (row.gap === 0) return s.met;
  return formatCount(s, lang, 'gap', row.gap);
}

export function renderResult(
  data: ExplorerData,
  state: ExplorerState,
  lang: string,
  idPrefix: string,
  s: ExplorerStrings,
): string {
  const t = (x: Text) => tr(x, lang);
  const codes = levelCodes(data, s);
  const skillLabel = (id: string) => {
    const skill = data.skills.find((k) => k.id === id);
    return skill ? t(skill.label) : id;
  };
  const skills = data.skills.map((k) => k.id);
  const rows = computeGaps(skills, state.required, state.own);
  const out: string[] = [];

  const situations = state.situations
    .map((id) => data.situations.find((x) => x.id === id))
    .filter((x) => x !== undefined);
  out.push(
    `<p class="vk-result-task"><strong>${esc(s.resultTask)}:</strong> ${esc(taskName(data, state, lang, s))}</p>`,
  );
  if (state.task === CUSTOM && state.customDescription.trim()) {
    out.push(`<p class="vk-result-description">${esc(state.customDescription.trim())}</p>`);
  }
  if (situations.length > 0) {
    out.push(
      `<p class="vk-result-situations"><strong>${esc(s.situations)}:</strong> ${situations.map((x, i) => esc(i === 0 ? t(x.label) : lowerFirst(t(x.label)))).join(', ')}.</p>`,
    );
  }

  const chartGap = (n: number) => formatCount(s, lang, 'gap', n);
  out.push(
    '<figure class="vk-chart">',
    gapChartSvg(
      rows,
      {
        title: s.chartTitle,
        description: s.chartDesc,
        required: s.colRequired,
        own: s.colOwn,
        notRated: s.notRated,
        gap: chartGap,
        met: s.met,
        skillLabel,
        levelLabels: codes,
      },
      idPrefix,
    ),
    `<figcaption><span class="vk-legend vk-legend-req" aria-hidden="true"></span> ${esc(s.legendRequired)}
      <span class="vk-legend vk-legend-own" aria-hidden="true"></span> ${esc(s.legendOwn)}</figcaption>`,
    '</figure>',
  );

  out.push(
    // On a phone the rows stack like a Markdown table's (site.css, stacked-narrow), each value led
    // by its column's name; CSS only: it stays a table for screen readers.
    `<table class="vk-table stacked-narrow"><caption>${esc(s.tableCaption)}</caption><thead><tr>${[s.colSkill, s.colRequired, s.colOwn, s.colGap].map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>`,
  );
  const cell = (label: string, text: string) => `<td data-label="${esc(label)}">${esc(text)}</td>`;
  for (const row of rows) {
    const own = row.own === null ? s.notRated : (codes[row.own] ?? '');
    const cls = row.gap && row.gap > 0 ? ' class="vk-has-gap"' : '';
    out.push(
      `<tr${cls}><th scope="row">${esc(skillLabel(row.skill))}</th>${cell(s.colRequired, codes[row.required] ?? '')}${cell(s.colOwn, own)}${cell(s.colGap, gapText(row, s, lang))}</tr>`,
    );
  }
  out.push('</tbody></table>');

  out.push(`<h4 class="vk-suggestions-heading">${esc(s.suggestions)}</h4>`);
  const plan = suggestPractice(data, state.situations, rows);
  const allUnrated = plan.unrated.length === rows.length;
  if (allUnrated) {
    out.push(`<p>${esc(s.rateFirst)}</p>`);
  } else if (plan.groups.length === 0) {
    out.push(`<p>${esc(s.noGaps)}</p>`);
  }
  for (const g of plan.groups) {
    const heading = format(s.groupHeading, { skill: skillLabel(g.skill), level: codes[g.nextLevel] ?? '' });
    const gapLine = format(s.groupGap, { required: codes[g.required] ?? '', own: codes[g.own] ?? '' });
    out.push(
      `<section class="vk-group"><h5>${esc(heading)}</h5><p>${esc(gapLine)}</p>`,
      `<p class="vk-sub">${esc(s.generalTips)}:</p><ul>${g.general.map((x) => `<li>${esc(t(x))}</li>`).join('')}</ul>`,
    );
    if (g.situations.length > 0) {
      out.push(
        `<p class="vk-sub">${esc(s.situationTips)}:</p><ul>${g.situations
          .map((x) => `<li><strong>${esc(t(x.label))}.</strong> ${esc(t(x.practice))}</li>`)
          .join('')}</ul>`,
      );
    }
    out.push('</section>');
  }
  if (plan.unrated.length > 0 && !allUnrated) {
    out.push(
      `<p class="vk-unrated">${esc(s.unratedNote)} ${plan.unrated.map((k) => esc(skillLabel(k))).join(', ')}.</p>`,
    );
  }
  return out.join('');
}
