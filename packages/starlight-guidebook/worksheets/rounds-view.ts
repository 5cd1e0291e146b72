/**
 * The rounds of a repeatable worksheet on its page: which round is being filled in, starting a new
 * one, the earlier rounds read-only, the change chart with its table, and the compact table of
 * earlier rounds that prints. client.ts loads it only when the answers have earlier rounds or the
 * reader asks for a new one; until then it writes the one line of the current round itself. Every text the user
 * typed is written with textContent, never as HTML.
 */
import { format } from '../translations/format.ts';
import type { SheetSpec } from './answers.ts';
import { answerText, changeSeries, flatText, startRound } from './round-compare.ts';
import { roundLabel } from './round-label.ts';
import { allRounds, type Round, roundCount } from './rounds.ts';
import type { Envelope } from './storage.ts';
import type { WorksheetStrings } from './strings.ts';

export interface RoundsHost {
  root: HTMLElement;
  spec: SheetSpec;
  t: WorksheetStrings;
  lang: string;
  env: Envelope;
  /** Shows and saves `next`, the envelope with a new round, and says `text`. */
  begin(next: Envelope, text: string): void;
}

type El = HTMLElement;
const h = (tag: string, text?: string, cls?: string): El => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const svg = (tag: string, attrs: Record<string, string | number>): SVGElement => {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};

export class RoundsView {
  host: RoundsHost;
  box: El;
  /** What the earlier rounds were last drawn from: they are drawn again only when it changes. */
  drawn = '';
  /** Whether the reader left the change table open (it is drawn again on every change). */
  tableOpen = false;
  /** Opens (and focuses the name box) or closes the form that starts a new round. */
  open: (yes: boolean) => void;

  constructor(host: RoundsHost) {
    this.host = host;
    this.box = host.root.querySelector<El>('[data-ws-rounds]') as El;
    this.box.hidden = false;
    const form = this.part('[data-ws-round-new]');
    const toggle = this.part<HTMLButtonElement>('[data-ws-action="new-round"]');
    const name = this.part<HTMLInputElement>('[data-ws-round-name]');
    const suggestions = this.part('[data-ws-round-suggestions]');
    const names = host.spec.roundNames?.length ? host.spec.roundNames : host.t.roundSuggest.split('|');
    suggestions.replaceChildren(
      ...names.map((n) => {
        const b = h('button', n, 'ws-btn ws-btn-secondary ws-btn-small') as HTMLButtonElement;
        b.type = 'button';
        b.dataset.wsSuggest = n;
        return b;
      }),
    );
    const open = (yes: boolean) => {
      form.hidden = !yes;
      toggle.setAttribute('aria-expanded', String(yes));
      if (yes) name.focus();
      else toggle.focus();
    };
    this.open = open;
    this.box.addEventListener('click', (e) => {
      const b = (e.target as El).closest<HTMLButtonElement>('button');
      if (!b) return;
      const action = b.dataset.wsAction;
      if (action === 'new-round') open(form.hidden === true);
      else if (action === 'cancel-round') open(false);
      else if (action === 'start-round') {
        const next = startRound(host.env, name.value);
        host.begin(next, format(host.t.roundStarted, { n: roundCount(next) }));
        name.value = '';
        open(false);
      } else if (b.dataset.wsSuggest) {
        name.value = b.dataset.wsSuggest;
        name.focus();
      }
    });
    // Enter in the name box starts the round (the box is not in a form of its own).
    name.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.part<HTMLButtonElement>('[data-ws-action="start-round"]').click();
      }
      if (e.key === 'Escape') open(false);
    });
  }

  part<T extends Element = El>(sel: string): T {
    return this.host.root.querySelector<T>(sel) as T;
  }

  label(r: Round, n: number, template = this.host.t.roundLabel): string {
    return roundLabel(template, r, n, this.host.lang);
  }

  /** Everything drawn anew from the envelope (called on every change). */
  render(): void {
    const { t, env } = this.host;
    const rounds = allRounds(env);
    const current = rounds[rounds.length - 1] as Round;
    const earlier = rounds.slice(0, -1);
    this.part('[data-ws-round-now]').textContent = this.label(current, rounds.length, t.roundNow);
    const unreadable = this.part('[data-ws-rounds-unreadable]');
    unreadable.hidden = !env.unreadableRounds?.length;
    unreadable.textContent = t.roundsUnreadable;

    // Earlier rounds, read-only: each opens to its answers. Drawn again only when they change,
    // so a round opened for reading stays open while the current one is filled in.
    const key = JSON.stringify([earlier, env.labels ?? {}]);
    if (key !== this.drawn) {
      this.drawn = key;
      this.earlier(earlier);
      this.printTable(earlier);
    }
    if (roundCount(env) > 1) this.chart(rounds);
  }

  earlier(earlier: Round[]): void {
    const { t, env, spec } = this.host;
    const list = this.part('[data-ws-rounds-earlier]');
    const open = new Set([...list.querySelectorAll<El>('details[open]')].map((d) => d.dataset.wsRound));
    list.replaceChildren();
    if (earlier.length) {
      list.append(h('h4', t.roundsEarlier, 'ws-h4'));
      for (const [i, r] of earlier.entries()) {
        const details = h('details', undefined, 'ws-round') as HTMLDetailsElement;
        details.dataset.wsRound = r.id;
        details.open = open.has(r.id);
        details.append(h('summary', this.label(r, i + 1)), h('p', t.roundReadOnly, 'ws-help'));
        const dl = h('dl');
        for (const f of spec.fields) {
          const text = answerText(f, r.answers[f.id], t.yes);
          if (text) dl.append(h('dt', f.label), h('dd', text));
        }
        // Answers to questions the worksheet no longer has are shown too: nothing kept is hidden.
        for (const [id, v] of Object.entries(r.answers)) {
          if (!spec.fields.some((f) => f.id === id) && flatText(v))
            dl.append(h('dt', env.labels?.[id] ?? id), h('dd', flatText(v)));
        }
        details.append(dl.childElementCount ? dl : h('p', t.roundEmpty));
        list.append(details);
      }
    }
  }

  /** Earlier rounds as one compact table for print: a row per question, a column per round. */
  printTable(earlier: Round[]): void {
    const { t, spec } = this.host;
    const box = this.part('[data-ws-rounds-print]');
    box.replaceChildren();
    box.hidden = earlier.length === 0;
    if (!earlier.length) return;
    const table = h('table');
    table.append(h('caption', t.roundsEarlier));
    const head = h('tr');
    head.append(h('th', t.question), ...earlier.map((r, i) => h('th', this.label(r, i + 1))));
    table.append(head);
    for (const f of spec.fields) {
      const texts = earlier.map((r) => answerText(f, r.answers[f.id], t.yes));
      if (!texts.some(Boolean)) continue;
      const tr = h('tr');
      tr.append(h('th', f.label), ...texts.map((x) => h('td', x || '–')));
      table.append(tr);
    }
    for (const th of table.querySelectorAll('tr:first-of-type th')) th.setAttribute('scope', 'col');
    for (const th of table.querySelectorAll('tr + tr th')) th.setAttribute('scope', 'row');
    box.append(table);
  }

  /** The change chart over rounds (in place of the one-round summary chart) and its table. */
  chart(rounds: Round[]): void {
    const { t, spec, root } = this.host;
    const out = root.querySelector<El>('[data-ws-chart]') as El;
    const series = changeSeries(spec, rounds);
    out.replaceChildren(h('p', t.changeTitle, 'ws-change-title'), h('p', t.changeHelp, 'ws-help'));
    if (!series.length) {
      out.append(h('p', t.summaryEmpty, 'ws-help'));
      return;
    }
    const legend = h('ul', undefined, 'ws-change-legend');
    for (const [i, r] of rounds.entries()) legend.append(h('li', `${i + 1} = ${this.label(r, i + 1)}`));
    const w = Math.max(260, Math.min(640, out.clientWidth || 600));
    const perLine = Math.floor(w / 7.5);
    const bar = 14;
    const step = bar + 4;
    const blocks = series.map((s) => {
      const lines: string[] = [];
      for (const word of s.label.split(/\s+/)) {
        const last = lines.length - 1;
        if (last >= 0 && `${lines[last]} ${word}`.length <= perLine) lines[last] += ` ${word}`;
        else lines.push(word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word);
      }
      if (lines.length > 3) lines.splice(2, lines.length, `${lines[2]?.slice(0, perLine - 1)}…`);
      return { s, lines };
    });
    const height = blocks.reduce((n, b) => n + b.lines.length * 17 + 8 + rounds.length * step + 12, 4);
    const id = `${root.id}-change`;
    const chart = svg('svg', {
      viewBox: `0 0 ${w} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-t`,
      class: 'ws-chart ws-change-chart',
    });
    const title = svg('title', { id: `${id}-t` });
    title.textContent = t.changeLabel;
    chart.append(title);
    let y = 0;
    const left = 28;
    const track = w - left - 60;
    for (const { s, lines } of blocks) {
      const label = svg('text', { x: 0, y: y + 14, class: 'ws-chart-label' });
      lines.forEach((line, i) => {
        const span = svg('tspan', { x: 0, dy: i ? 17 : 0 });
        span.textContent = line;
        label.append(span);
      });
      chart.append(label);
      let top = y + lines.length * 17 + 8;
      s.values.forEach((v, i) => {
        const n = svg('text', { x: 0, y: top + bar - 2, class: 'ws-chart-value' });
        n.textContent = String(i + 1);
        const share = v === undefined ? 0 : s.max > s.min ? (v - s.min + 1) / (s.max - s.min + 1) : 1;
        const value = svg('text', { x: left + track + 8, y: top + bar - 2, class: 'ws-chart-value' });
        value.textContent = v === undefined ? '–' : `${v} / ${s.max}`;
        chart.append(
          n,
          svg('rect', { x: left, y: top, width: track, height: bar, rx: 3, class: 'ws-chart-track' }),
          ...(v === undefined
            ? []
            : [
                svg('rect', {
                  x: left,
                  y: top,
                  width: Math.max(4, track * share),
                  height: bar,
                  rx: 3,
                  class: i === s.values.length - 1 ? 'ws-chart-bar' : 'ws-chart-bar ws-chart-bar-earlier',
                }),
              ]),
          value,
        );
        top += step;
      });
      y = top + 12;
    }
    const details = h('details', undefined, 'ws-chart-table') as HTMLDetailsElement;
    // It stays open (or closed) as the reader left it while answers change.
    details.open = this.tableOpen;
    details.addEventListener('toggle', () => {
      this.tableOpen = details.open;
    });
    details.append(h('summary', t.tableAlt));
    const scroll = h('div', undefined, 'ws-table-scroll');
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', t.changeRegion);
    const table = h('table');
    const head = h('tr');
    head.append(h('th', t.question), ...rounds.map((r, i) => h('th', this.label(r, i + 1))));
    for (const th of head.querySelectorAll('th')) th.setAttribute('scope', 'col');
    table.append(head);
    for (const s of series) {
      const tr = h('tr');
      const th = h('th', s.label);
      th.setAttribute('scope', 'row');
      tr.append(th, ...s.values.map((v) => h('td', v === undefined ? t.noAnswer : `${v} / ${s.max}`)));
      table.append(tr);
    }
    scroll.append(table);
    details.append(scroll);
    out.append(legend, chart, details);
  }
}
