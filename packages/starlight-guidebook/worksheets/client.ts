/**
 * The small script that makes rendered worksheets interactive: autosave and restore, progress,
 * summary chart, clear, export/import, print and tab sync. Framework-free; every text the user
 * typed is written with textContent or .value, never as HTML.
 */

import { fieldControls } from '../fields/controls.ts';
import { dateLocale } from '../i18n/dates.ts';
import { format } from '../translations/format.ts';
import { type Answers, chartPoints, isAnswered, labelsOf, progress, type SheetSpec } from './answers.ts';
import { $, $$, type El, h } from './dom.ts';
import { roundLabel } from './round-label.ts';
import { currentRound, roundCount } from './rounds.ts';
import type { RoundsView } from './rounds-view.ts';
import {
  browserStore,
  decodeEnvelope,
  type Envelope,
  fitEnvelope,
  keyFor,
  load,
  mergeEnvelopes,
  remove,
  type Store,
  stamp,
  writable,
  writeWorksheet,
} from './storage.ts';
import type { WorksheetStrings } from './strings.ts';
import { savedNote } from './text.ts';
import type { ImportPlan } from './transfer.ts';

/** Export and import, with the transfer code and their strings: loaded when first used. */
let transfer: typeof import('./client-transfer.ts') | undefined;

export class Sheet {
  spec: SheetSpec;
  t: WorksheetStrings;
  store: Store | null;
  env: Envelope;
  /** Answers live only in memory: storage refused, or unreadable data must not be overwritten. */
  memory = false;
  timer = 0;
  dirty = false;
  plan: ImportPlan | undefined;
  persistAsked = false;
  /** Summaries asked for: a chart drawn late is drawn only if it is still the latest. */
  charts = 0;
  /** Export and import's strings are here (fetched with their code). */
  transferReady = false;
  lang: string;
  /** The rounds of a repeatable worksheet, once their script has loaded (roundsView says when). */
  rounds: RoundsView | undefined;
  roundsLoading: Promise<RoundsView | undefined> | undefined;

  root: El;

  constructor(root: El) {
    this.root = root;
    this.spec = JSON.parse($(root, '[data-ws-spec]')?.textContent ?? '{}') as SheetSpec;
    this.t = JSON.parse($(root, '[data-ws-strings]')?.textContent ?? '{}') as WorksheetStrings;
    this.lang = document.documentElement.lang || 'en';
    this.store = browserStore();
    const res = load(this.store, this.spec);
    this.env = res.envelope;
    root.classList.add('ws-js');
    for (const e of $$(root, '[data-ws-js-only],[data-ws-bar]')) e.hidden = false;
    $(root, '[data-ws-noscript]')?.remove();
    this.write();
    if (res.locked) {
      // Nothing may be written over data that could not be copied aside: say so, truthfully.
      this.memory = true;
      this.alert(this.t.locked);
    } else if (res.unavailable || !writable(this.store)) this.setMemory();
    else if (res.corrupt) this.alert(this.t.corrupt);
    if (res.restored && !this.memory) this.status(savedNote(this.env.updatedAt, new Date(), this.lang, this.t));
    if (res.changed && !this.memory) this.persist();
    this.refresh();
    this.listen();
  }

  /**
   * A repeatable worksheet's rounds. While the answers are in their first round the page needs
   * only the line saying so, written here; the rounds view (earlier rounds, the change chart,
   * starting a new round) loads when there are earlier rounds, here or from another tab or an
   * import, or when the reader asks for a new round.
   */
  showRounds(): void {
    const box = $(this.root, '[data-ws-rounds]');
    if (!box) return;
    box.hidden = false;
    if (this.rounds) {
      this.rounds.render();
      return;
    }
    if (roundCount(this.env) > 1 || this.env.unreadableRounds?.length) {
      void this.roundsView();
      return;
    }
    const now = $(box, '[data-ws-round-now]');
    if (now) now.textContent = roundLabel(this.t.roundNow, currentRound(this.env), 1, this.lang);
  }

  /** The rounds view, loaded once (a failure is logged: the current round still saves). */
  roundsView(): Promise<RoundsView | undefined> {
    this.roundsLoading ??= import('./rounds-view.ts').then(
      ({ RoundsView }) => {
        this.rounds = new RoundsView(this);
        this.refresh();
        return this.rounds;
      },
      (error: unknown) => {
        console.error('worksheet rounds', error);
        this.roundsLoading = undefined;
        return undefined;
      },
    );
    return this.roundsLoading;
  }

  /** A new round has started (`next`, made by the rounds view): show it and save it. */
  begin(next: Envelope, text: string): void {
    this.flush();
    this.env = next;
    this.dirty = true;
    this.flush();
    this.write();
    this.refresh();
    this.status(text);
  }

  get form(): HTMLFormElement {
    return $(this.root, '[data-ws-form]') as HTMLFormElement;
  }

  /**
   * Runs `action` with the export and import code: at once when it and its strings are here, else
   * once they are fetched (said in the alert if they cannot be).
   */
  withTransfer(action: (code: typeof import('./client-transfer.ts')) => void): void {
    if (transfer && this.transferReady) {
      action(transfer);
      return;
    }
    const src = this.root.dataset.wsTransferStrings ?? '';
    void Promise.all([
      import('./client-transfer.ts'),
      fetch(src, { credentials: 'same-origin' }).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${src}`);
        return r.json() as Promise<Partial<WorksheetStrings>>;
      }),
    ]).then(
      ([code, strings]) => {
        transfer = code;
        Object.assign(this.t, strings);
        this.transferReady = true;
        action(code);
      },
      (error: unknown) => {
        console.error('worksheet', error);
        this.alert(this.t.transferFailed);
      },
    );
  }

  box(id: string): El | null {
    return $(this.form, `[data-field="${CSS.escape(id)}"]`);
  }

  read(): Answers {
    const out: Answers = {};
    for (const f of this.spec.fields) {
      const box = this.box(f.id);
      const v = box ? fieldControls[f.type].read(box, f) : undefined;
      if (isAnswered(f, v)) out[f.id] = v;
    }
    return out;
  }

  /** Puts the envelope's answers into the controls. */
  write(): void {
    const a = this.env.answers;
    for (const f of this.spec.fields) {
      const box = this.box(f.id);
      if (!box) continue;
      // Each type's controls know their markup (fields/<type>/controls.ts).
      fieldControls[f.type].write(box, a[f.id], this);
    }
    this.mirror();
  }

  /**
   * Print shows a copy of each answer's text, so that long answers are not cut at the box edge:
   * textareas have theirs in the markup, one-line boxes and table cells get one after them once
   * they hold text (an empty box prints as it is: a form of 36 boxes had 36 empty copies).
   */
  mirror(): void {
    for (const ta of $$<HTMLTextAreaElement>(this.form, 'textarea')) {
      const m = ta.parentElement?.querySelector('[data-mirror]');
      if (m) m.textContent = ta.value;
    }
    for (const i of $$<HTMLInputElement>(this.form, 'input.ws-input')) {
      let m = i.nextElementSibling;
      if (!m?.matches('.ws-mirror-line')) {
        if (!i.value) continue;
        m = h('span', '', 'ws-mirror-line');
        m.setAttribute('aria-hidden', 'true');
        i.after(m);
      }
      const date = i.type === 'date' && i.value ? new Date(`${i.value}T12:00`) : undefined;
      m.textContent = date ? date.toLocaleDateString(dateLocale(this.lang)) : i.value;
    }
  }

  listen(): void {
    const onEdit = (e: Event) => {
      const target = e.target as HTMLInputElement;
      // Typing an "other" answer ticks its box.
      if (target.matches('[data-other]')) {
        const oc = target.closest('li')?.querySelector<HTMLInputElement>('[data-other-check]');
        if (oc) oc.checked = target.value !== '';
      }
      this.changed();
    };
    this.form.addEventListener('input', onEdit);
    this.form.addEventListener('change', onEdit);
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.root.addEventListener('click', (e) => this.click(e));
    // Another script (e.g. the answers PDF) can ask for the current answers at any time.
    this.root.addEventListener('worksheet:request', () => this.refresh());
    $(this.root, '[data-ws-import]')?.addEventListener('change', (e) => {
      this.withTransfer((m) => void m.importFile(this, e.target as HTMLInputElement));
    });
    addEventListener('pagehide', () => this.flush());
    // Phones often kill hidden tabs without a pagehide: save when the tab goes to the background.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
    // Back from the back/forward cache: another tab may have changed the answers meanwhile.
    addEventListener('pageshow', (e) => {
      if (!e.persisted) return;
      let raw: string | null = null;
      try {
        raw = this.store?.getItem(keyFor(this.spec.id)) ?? null;
      } catch {
        return;
      }
      if (raw !== JSON.stringify(this.env)) this.sync(raw);
    });
    addEventListener('storage', (e) => {
      if (e.key === keyFor(this.spec.id) || (e.key === null && !this.memory)) this.sync(e.newValue);
    });
  }

  changed(): void {
    // Each field that changed gets the time of this edit: the merge with other tabs goes by it.
    this.env = stamp(this.env, this.read());
    this.dirty = true;
    this.mirror();
    this.refresh();
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.flush(), 600);
  }

  flush(): void {
    clearTimeout(this.timer);
    if (!this.dirty) return;
    this.dirty = false;
    this.persist();
  }

  persist(): void {
    if (this.memory) return;
    const mine = { ...this.env, labels: labelsOf(this.spec, this.env.answers), title: this.spec.title };
    const { result, envelope } = writeWorksheet(this.store, mine);
    if (result !== 'ok') {
      if (result === 'locked') {
        this.memory = true;
        this.alert(this.t.locked);
      } else this.setMemory();
      return;
    }
    // Another tab may have saved other fields meanwhile: show the merged answers.
    this.adopt(envelope);
    this.status(savedNote(this.env.updatedAt, new Date(), this.lang, this.t));
    if (!this.persistAsked) {
      this.persistAsked = true;
      // Ask the browser to keep the data (Safari deletes script storage after a week away).
      navigator.storage?.persist?.().catch(() => undefined);
    }
  }

  setMemory(): void {
    this.memory = true;
    this.alert(this.t.memoryOnly);
  }

  status(text: string): void {
    const s = $(this.root, '[data-ws-status]');
    if (s && s.textContent !== text) s.textContent = text;
  }

  alert(text: string): void {
    const a = $(this.root, '[data-ws-alert]') as El;
    if (!a.textContent?.includes(text)) a.append(h('p', text));
    a.hidden = false;
  }

  /** Shows `env` if its answers differ from those on the page. */
  adopt(env: Envelope): boolean {
    const next = fitEnvelope(this.spec, env);
    const shown = (e: Envelope) => JSON.stringify([e.answers, e.round, e.rounds, e.unreadableRounds]);
    const differs = shown(next) !== shown(this.env);
    this.env = next;
    if (differs) {
      this.write();
      this.refresh();
    }
    return differs;
  }

  /**
   * Another tab saved or cleared this worksheet. Its answers are merged field by field with this
   * page's, edits not yet saved included: the later edit of each field wins, and if this page
   * holds later edits it saves the merge, so both tabs end up with the same answers.
   */
  sync(raw: string | null): void {
    if (this.memory) return;
    if (raw === null) {
      clearTimeout(this.timer);
      this.dirty = false;
      this.env = noRounds({ ...this.env, answers: {}, removed: [], fieldTimes: {} });
      this.write();
      this.refresh();
      this.status(this.t.synced);
      return;
    }
    const read = decodeEnvelope(raw, this.spec.id);
    if (!read.ok) return;
    const theirs = JSON.stringify(fitEnvelope(this.spec, read.envelope).answers);
    const merged = mergeEnvelopes(read.envelope, this.env);
    if (this.adopt(merged)) this.status(this.t.synced);
    if (JSON.stringify(this.env.answers) !== theirs) {
      this.dirty = true;
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.flush(), 600);
    }
  }

  /** Progress, summary, answers to removed questions; tells listeners about the answers. */
  refresh(): void {
    const p = progress(this.spec, this.env.answers);
    const bar = $(this.root, '[data-ws-progress]') as El;
    bar.textContent = format(this.t.progress, { done: p.done, total: p.total });
    if (p.requiredLeft) bar.append(h('span', ` · ${format(this.t.requiredLeft, { n: p.requiredLeft })}`));
    this.root.style.setProperty('--ws-done', String(p.total ? p.done / p.total : 0));
    for (const f of this.spec.fields)
      this.box(f.id)?.toggleAttribute('data-answered', isAnswered(f, this.env.answers[f.id]));
    this.summary();
    if (this.spec.repeatable) this.showRounds();
    // The rounds view draws its change chart in place of the summary chart: a summary chart
    // still loading is not drawn over it.
    if ($(this.root, '[data-ws-chart] .ws-change-title')) this.charts++;
    this.removed();
    this.root.dispatchEvent(
      new CustomEvent('worksheet:answers', { bubbles: true, detail: { id: this.spec.id, envelope: this.env } }),
    );
  }

  summary(): void {
    const box = $(this.root, '[data-ws-summary]') as El;
    const points = chartPoints(this.spec, this.env.answers);
    const hasScales = this.spec.fields.some((f) => f.type === 'scale' || f.type === 'matrix');
    box.hidden = !hasScales;
    const out = $(box, '[data-ws-chart]') as El;
    const drawn = ++this.charts;
    if (!points.length) {
      out.replaceChildren(h('p', this.t.summaryEmpty, 'ws-help'));
      return;
    }
    // The chart's drawing code loads with the first answer it shows; the chart before it stays
    // until the new one is drawn.
    void import('./client-chart.ts').then((m) => {
      if (drawn === this.charts) m.drawChart(out, this.root.id, points, this.t);
    });
  }

  removed(): void {
    const box = $(this.root, '[data-ws-removed]') as El;
    const list = $(box, '[data-ws-removed-list]') as El;
    const items = this.env.removed ?? [];
    box.hidden = items.length === 0;
    list.replaceChildren();
    const flat = (v: unknown): string[] =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? [String(v)]
        : v && typeof v === 'object'
          ? Object.values(v).flatMap(flat)
          : [];
    for (const r of items) {
      list.append(h('dt', r.label ?? r.id), h('dd', flat(r.value).join(', ')));
    }
  }

  click(e: Event): void {
    const btn = (e.target as El).closest<HTMLButtonElement>('button');
    if (!btn || !this.root.contains(btn)) return;
    const box = btn.closest<El>('[data-field]');
    const action = btn.dataset.wsAction;
    if (btn.matches('[data-clear-choice]') && box) {
      for (const i of $$<HTMLInputElement>(box, 'input[type=radio]')) i.checked = false;
      this.changed();
    } else if (btn.matches('[data-add-row]') && box) this.addRow(box, true);
    else if (btn.matches('[data-remove-row]') && box) this.removeRow(box, btn.closest('tr') as El);
    else if (action === 'print') this.print();
    // Before the rounds view has loaded, its button loads it and opens the new round's form.
    else if (action === 'new-round' && !this.rounds) void this.roundsView().then((view) => view?.open(true));
    else if (action === 'export' || action === 'export-all') this.withTransfer((m) => m.exportAnswers(this, action));
    else if (action === 'clear') this.clear();
    else if (action === 'merge' || action === 'replace') this.withTransfer((m) => m.applyChosen(this, action));
    else if (action === 'cancel') this.withTransfer((m) => m.closeImport(this));
  }

  clear(): void {
    if (!window.confirm(this.t.clearConfirm)) return;
    this.env = noRounds({ ...this.env, answers: {}, removed: [], updatedAt: new Date().toISOString() });
    this.dirty = false;
    clearTimeout(this.timer);
    if (!this.memory) remove(this.store, this.spec.id);
    this.write();
    this.refresh();
    this.status(this.t.cleared);
  }

  addRow(box: El, focus: boolean): void {
    const body = $(box, '[data-rows]') as El;
    body.dataset.min ??= String(body.children.length);
    const row = body.firstElementChild?.cloneNode(true) as El;
    for (const i of $$<HTMLInputElement>(row, 'input')) i.value = '';
    body.append(row);
    this.renumber(body);
    if (focus) {
      $<HTMLInputElement>(row, 'input')?.focus();
      this.status(format(this.t.rowAdded, { n: body.children.length }));
      this.changed();
    }
  }

  removeRow(box: El, tr: El): void {
    const body = $(box, '[data-rows]') as El;
    const index = [...body.children].indexOf(tr);
    if (body.children.length > 1) tr.remove();
    else for (const i of $$<HTMLInputElement>(tr, 'input')) i.value = '';
    this.renumber(body);
    const next = body.children[Math.min(index, body.children.length - 1)];
    ($<HTMLButtonElement>(next ?? box, '[data-remove-row]') ?? $<HTMLButtonElement>(box, '[data-add-row]'))?.focus();
    this.status(this.t.rowRemoved);
    this.changed();
  }

  renumber(body: El): void {
    const heads = $$($(body.closest('table') as El, 'thead') as El, 'th[id]').map((th) => th.textContent ?? '');
    $$(body, '[data-table-row]').forEach((tr, r) => {
      const n = r + 1;
      ($(tr, 'th') as El).textContent = String(n);
      for (const [c, i] of $$(tr, '[data-col]').entries()) {
        i.setAttribute('aria-label', format(this.t.cellLabel, { col: heads[c] ?? '', n }));
      }
      const b = $(tr, '[data-remove-row] .sr-only');
      if (b) b.textContent = format(this.t.rowSuffix, { n });
    });
  }

  print(): void {
    this.flush();
    this.mirror();
    document.documentElement.classList.add('ws-printing');
    this.root.classList.add('ws-print-target');
    const done = () => {
      document.documentElement.classList.remove('ws-printing');
      this.root.classList.remove('ws-print-target');
      removeEventListener('afterprint', done);
    };
    addEventListener('afterprint', done);
    window.print();
  }
}

/** The envelope without rounds (cleared answers start again from round 1). */
function noRounds(env: Envelope): Envelope {
  const { round: _r, rounds: _rs, unreadableRounds: _u, ...rest } = env;
  return rest;
}

export function boot(): void {
  // Only the form itself: other elements (the answers-PDF button) name their worksheet too.
  for (const root of document.querySelectorAll<El>('section.ws[data-worksheet]')) {
    if (root.dataset.wsReady) continue;
    root.dataset.wsReady = '1';
    try {
      new Sheet(root);
    } catch (error) {
      // The static form still works for reading and printing.
      console.error('worksheet', error);
    }
  }
}
