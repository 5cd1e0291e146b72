/**
 * The storage of a site's own tools (trial planner, language tool …) on the worksheet engine's
 * store: a tool keeps a flat map of fields (`question:id` → value) in an envelope under
 * `guidebook:tool:<id>`, so it gets the same per-field merge across tabs, safe reading, honest
 * backups and in-memory fallback as the worksheets. A tool only says which fields fit its content.
 *
 *   const saved = new ToolStore({ id: 'trial-planner', fit });
 *   saved.fields               the fields now
 *   saved.set(fields)          saves (merged with other tabs); returns the problem, if any
 *   saved.onOtherTab(show)     another tab saved: `show(fields)`
 *   saved.problem              'memory' | 'locked' | 'corrupt' | undefined: say it to the user
 *   saved.exportFile()         the fields as an answers file, to offer when nothing can be saved
 */
import type { Answers, RemovedAnswer } from './answers.ts';
import { makeExport } from './export-file.ts';

export { downloadText } from './download.ts';

import { parseJson, record } from './safe-json.ts';
import {
  backUp,
  backupKeyFor,
  browserStore,
  decodeEnvelope,
  type Envelope,
  FORMAT,
  loadKey,
  mergeEnvelopes,
  remove,
  type Store,
  stamp,
  toolKey,
  writable,
  writeWorksheet,
} from './storage.ts';

export interface ToolStoreOptions {
  id: string;
  /** The fields that fit the tool's content now; the others are kept aside, never dropped. */
  fit: (fields: Answers) => Answers;
  /** A key of an older layout, read once while the new key is empty, and how to read it. */
  legacy?: { key: string; read: (value: unknown) => Answers | undefined };
  store?: Store | null;
}

/**
 * `memory`: storage refused or full, nothing is saved. `locked`: stored data could not be read nor
 * copied aside, it is left untouched and nothing is saved. `corrupt`: it could not be read and was
 * copied to a backup (kept in "export all" of the worksheets); the tool starts afresh.
 */
export type ToolProblem = 'memory' | 'locked' | 'corrupt' | undefined;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export class ToolStore {
  readonly key: string;
  readonly store: Store | null;
  env: Envelope;
  problem: ToolProblem;
  private readonly fit: ToolStoreOptions['fit'];

  constructor(options: ToolStoreOptions, now = new Date()) {
    this.key = toolKey(options.id);
    this.store = options.store === undefined ? browserStore() : options.store;
    this.fit = options.fit;
    const empty: Envelope = {
      format: FORMAT,
      worksheetId: options.id,
      worksheetVersion: 1,
      updatedAt: now.toISOString(),
      answers: record(),
      removed: [],
    };
    const res = loadKey(this.store, this.key, empty, (env) => this.fitted(env), now);
    this.env = res.envelope;
    if (res.locked) this.problem = 'locked';
    else if (res.unavailable || !writable(this.store)) this.problem = 'memory';
    else if (res.corrupt) this.problem = 'corrupt';
    if (!res.restored && !res.corrupt && !res.unavailable && options.legacy) this.migrate(options.legacy, now);
  }

  get fields(): Answers {
    return this.env.answers;
  }

  /** Fields that no longer fit move to the removed ones, keeping their time (see fitEnvelope). */
  private fitted(env: Envelope): Envelope {
    const answers = record(Object.entries(this.fit(env.answers)));
    const removed: RemovedAnswer[] = [...(env.removed ?? [])];
    const fieldTimes = record(Object.entries(env.fieldTimes ?? {}));
    for (const [id, value] of Object.entries(env.answers)) {
      if (same(answers[id], value)) continue;
      fieldTimes[id] ??= Date.parse(env.updatedAt) || 0;
      const item = { id, value, version: env.worksheetVersion };
      if (value !== null && value !== '' && !removed.some((r) => r.id === id && same(r, item))) removed.push(item);
    }
    return { ...env, answers, removed, fieldTimes };
  }

  /** Today's format from the tool's old key; the old key goes only once the new one is saved. */
  private migrate(legacy: NonNullable<ToolStoreOptions['legacy']>, now: Date): void {
    let raw: string | null = null;
    try {
      raw = this.store?.getItem(legacy.key) ?? null;
    } catch {
      return;
    }
    if (raw === null || !this.store) return;
    const json = parseJson(raw);
    const fields = json.ok ? legacy.read(json.value) : undefined;
    if (!fields) {
      // Unreadable: copied aside like a worksheet's, or left untouched when it cannot be.
      this.problem = backUp(this.store, legacy.key, raw, backupKeyFor(legacy.key, now)) ? 'corrupt' : 'locked';
      return;
    }
    this.env = this.fitted({ ...this.env, answers: record(Object.entries(fields)), updatedAt: now.toISOString() });
    const saved = writeWorksheet(this.store, this.env, this.key);
    if (saved.result !== 'ok') {
      this.problem = 'memory';
      return;
    }
    this.env = saved.envelope;
    try {
      this.store.removeItem(legacy.key);
    } catch {
      // The old copy stays; the new key is read first from now on.
    }
  }

  /** Saves the fields, each changed one with the time of now. Returns the problem, if any. */
  set(fields: Answers, now = new Date()): ToolProblem {
    this.env = stamp(this.env, fields, now);
    if (this.problem === 'memory' || this.problem === 'locked') return this.problem;
    const saved = writeWorksheet(this.store, this.env, this.key);
    if (saved.result === 'locked') this.problem = 'locked';
    else if (saved.result !== 'ok') this.problem = 'memory';
    else this.env = this.fitted(saved.envelope);
    return this.problem === 'corrupt' ? undefined : this.problem;
  }

  /** Removes what is stored (when nothing is locked) and empties the fields. */
  clear(): void {
    this.env = { ...this.env, answers: record(), removed: [], fieldTimes: record() };
    if (this.problem !== 'locked') remove(this.store, this.env.worksheetId, this.key);
  }

  /**
   * Calls `show(fields)` when another tab saves: its fields merged with this page's, the later
   * edit of each field winning. Returns the function that stops listening.
   */
  onOtherTab(show: (fields: Answers) => void): () => void {
    const listener = (e: StorageEvent) => {
      if (e.key !== this.key || this.problem === 'memory' || this.problem === 'locked') return;
      if (e.newValue === null) {
        this.env = { ...this.env, answers: record(), removed: [], fieldTimes: record() };
      } else {
        const read = decodeEnvelope(e.newValue, this.env.worksheetId);
        if (!read.ok) return;
        this.env = this.fitted(mergeEnvelopes(read.envelope, this.env));
      }
      show(this.fields);
    };
    addEventListener('storage', listener);
    return () => removeEventListener('storage', listener);
  }

  /** The tool's fields as an answers file (JSON), for the user to keep when nothing is saved. */
  exportFile(now = new Date()): string {
    return makeExport([this.env], now);
  }
}
