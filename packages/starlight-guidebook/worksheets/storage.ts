/**
 * The browser store of answers, for every worksheet and tool: one localStorage key per worksheet
 * (or tool) holding a versioned envelope. The public API, small on purpose:
 *
 *   listWorksheets(store)            what is stored: id, title, date, readable or not (storage-list.ts)
 *   readWorksheet(store, sheet)      one worksheet's answers, fitted to its definition (= load)
 *   writeWorksheet(store, envelope)  saves by merging field by field with what another tab saved
 *   subscribe(listener)              hears every change, from this page or another tab
 *
 * Every answer carries the time it was last changed (`fieldTimes`), so two tabs editing at once
 * never overwrite each other: the later edit of each field wins. Stored text is read with the
 * limits of safe-json.ts. Unreadable data is copied to a backup key, and removed from its own key
 * only once the copy is known to be there; when it cannot be copied it is left as it is and the
 * page says so. No DOM code: the store is passed in (tests pass a fake).
 */
import { type Answers, type RemovedAnswer, reconcile, type SheetSpec } from './answers.ts';
import {
  allRounds,
  combineRounds,
  hasRounds,
  migrateRounds,
  parseRounds,
  type Round,
  type RoundInfo,
  roundOf,
  unionUnreadable,
  withRounds,
} from './rounds.ts';
import { isRecord, type JsonError, parseJson, record } from './safe-json.ts';

/** Version of the envelope layout. Raise it when the layout changes, and read the old one. */
export const FORMAT = 1;
export const KEY_PREFIX = 'guidebook:worksheet:';
export const BACKUP_PREFIX = 'guidebook:worksheet-backup:';
/** The site's own tools (trial planner, language tool) keep their envelopes here. */
export const TOOL_PREFIX = 'guidebook:tool:';

export interface Envelope {
  format: number;
  worksheetId: string;
  worksheetVersion: number;
  /** ISO date-time of the last change. */
  updatedAt: string;
  answers: Answers;
  /** Answers to questions the current definition no longer has. */
  removed?: RemovedAnswer[];
  /** Labels of the answered questions when they were answered (shown if a question is removed). */
  labels?: Record<string, string>;
  /**
   * When each field was last changed (ms since 1970), also for fields emptied since: the merge of
   * two tabs' envelopes takes each field from the later edit. Envelopes written before this
   * existed count every field as changed at `updatedAt`.
   */
  fieldTimes?: Record<string, number>;
  /** The worksheet's title when saved, for lists of stored worksheets and import previews. */
  title?: string;
  /** A repeatable worksheet's current round (`answers` are its answers); see rounds.ts. */
  round?: RoundInfo;
  /** Its earlier rounds, read-only, oldest first. */
  rounds?: Round[];
  /** Stored rounds that could not be read: kept as they are, saved and exported, never dropped. */
  unreadableRounds?: unknown[];
}

/** The part of the Web Storage API the engine uses (so tests can pass a fake). */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** `locked`: the key holds data that could not be read, and it is never written over. */
export type SaveResult = 'ok' | 'quota' | 'unavailable' | 'locked';

export const keyFor = (id: string): string => KEY_PREFIX + id;
export const toolKey = (id: string): string => TOOL_PREFIX + id;
const keyOf = (env: Envelope, key?: string) => key ?? keyFor(env.worksheetId);

function parseRemoved(v: unknown): RemovedAnswer[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out: RemovedAnswer[] = [];
  for (const r of v) {
    if (!isRecord(r) || typeof r.id !== 'string' || typeof r.version !== 'number' || !('value' in r)) return undefined;
    if (r.label !== undefined && typeof r.label !== 'string') return undefined;
    out.push({
      id: r.id,
      value: r.value,
      version: r.version,
      ...(typeof r.label === 'string' ? { label: r.label } : {}),
    });
  }
  return out;
}

/** The entries of `v` whose values pass `keep`, in an object without a prototype. */
function pick<T>(v: unknown, keep: (x: unknown) => x is T): Record<string, T> | undefined {
  if (!isRecord(v)) return undefined;
  return record(Object.entries(v).filter((e): e is [string, T] => keep(e[1])));
}
const isString = (x: unknown): x is string => typeof x === 'string';
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Checks the envelope layout (not the answers: those are fitted to the definition by `reconcile`).
 * Returns `undefined` for anything that is not an envelope of a format this code can read.
 * Objects come back without a prototype, whatever they were given as.
 */
export function parseEnvelope(v: unknown, worksheetId?: string): Envelope | undefined {
  if (!isRecord(v)) return undefined;
  const { format, worksheetId: id, worksheetVersion, updatedAt, answers } = v;
  if (format !== FORMAT) return undefined;
  if (typeof id !== 'string' || !id || (worksheetId !== undefined && id !== worksheetId)) return undefined;
  if (typeof worksheetVersion !== 'number' || !Number.isInteger(worksheetVersion) || worksheetVersion < 1)
    return undefined;
  if (typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt))) return undefined;
  if (!isRecord(answers)) return undefined;
  const removed = parseRemoved(v.removed);
  if (!removed) return undefined;
  // Labels, times and title are niceties: unreadable ones are left out, never the envelope.
  const labels = pick(v.labels, isString);
  const fieldTimes = pick(v.fieldTimes, isTime);
  return {
    format,
    worksheetId: id,
    worksheetVersion,
    updatedAt,
    answers: record(Object.entries(answers)),
    removed,
    ...(labels ? { labels } : {}),
    ...(fieldTimes ? { fieldTimes } : {}),
    ...(typeof v.title === 'string' ? { title: v.title } : {}),
    ...parseRounds(v),
  };
}

export type ReadError = JsonError | 'notEnvelope';

/** Stored or imported text to an envelope, within the safe-json limits. Never throws. */
export function decodeEnvelope(
  raw: string,
  worksheetId?: string,
): { ok: true; envelope: Envelope } | { ok: false; error: ReadError } {
  const json = parseJson(raw);
  if (!json.ok) return json;
  const envelope = parseEnvelope(json.value, worksheetId);
  return envelope ? { ok: true, envelope } : { ok: false, error: 'notEnvelope' };
}

export function emptyEnvelope(sheet: SheetSpec, now = new Date()): Envelope {
  return {
    format: FORMAT,
    worksheetId: sheet.id,
    worksheetVersion: sheet.version,
    updatedAt: now.toISOString(),
    answers: record(),
    removed: [],
  };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Fits an envelope (maybe of an older definition) to the current definition. An answer moved to
 * the removed answers keeps its time, so that saving the fitted envelope (a merge with the stored
 * one, where the saver wins a tie) does not bring it back among the answers.
 */
export function fitEnvelope(sheet: SheetSpec, env: Envelope): Envelope {
  const r = reconcile(sheet, env.answers, env.worksheetVersion, env.removed, env.labels);
  // Answers saved before the worksheet was repeatable (or before rounds existed) are round 1.
  const base = sheet.repeatable ? migrateRounds(env) : env;
  const fitted = { ...base, worksheetVersion: sheet.version, answers: r.answers, removed: r.removed };
  const moved = Object.keys(env.answers).filter((id) => !same(env.answers[id], r.answers[id]));
  if (moved.length === 0) return fitted;
  const fieldTimes = record(Object.entries(env.fieldTimes ?? {}));
  for (const id of moved) fieldTimes[id] = fieldTime(env, id);
  return { ...fitted, fieldTimes };
}

/**
 * When a field of the envelope last changed: its own time, else (an envelope of the old layout,
 * or an imported one) the envelope's time if it holds an answer, else never (0).
 */
export function fieldTime(env: Pick<Envelope, 'answers' | 'fieldTimes' | 'updatedAt'>, id: string): number {
  if (env.fieldTimes && Object.hasOwn(env.fieldTimes, id)) return env.fieldTimes[id] as number;
  return Object.hasOwn(env.answers, id) ? Date.parse(env.updatedAt) || 0 : 0;
}

/**
 * The envelope with `answers` as its new answers, and the time of `now` on each field that
 * changed (added, edited or emptied) compared to `prev`.
 */
export function stamp(prev: Envelope, answers: Answers, now = new Date()): Envelope {
  const times = record<number>();
  const ids = new Set([...Object.keys(prev.answers), ...Object.keys(answers), ...Object.keys(prev.fieldTimes ?? {})]);
  for (const id of ids) {
    const changed = !same(prev.answers[id], answers[id]);
    if (changed) times[id] = now.getTime();
    else if (Object.hasOwn(prev.answers, id) || prev.fieldTimes?.[id] !== undefined) times[id] = fieldTime(prev, id);
  }
  return { ...prev, answers: record(Object.entries(answers)), fieldTimes: times, updatedAt: now.toISOString() };
}

function unionRemoved(a: RemovedAnswer[] = [], b: RemovedAnswer[] = []): RemovedAnswer[] {
  const seen = new Set(a.map((r) => JSON.stringify(r)));
  return [...a, ...b.filter((r) => !seen.has(JSON.stringify(r)))];
}

/**
 * Two envelopes of one worksheet as one: each field from the envelope that changed it later
 * (`mine` on a tie), answers to removed questions from both. Nothing either holds is dropped
 * except what the later edit emptied.
 */
export function mergeEnvelopes(stored: Envelope, mine: Envelope): Envelope {
  const { answers, fieldTimes } = mergeFields(stored, mine);
  const latest = Date.parse(stored.updatedAt) > Date.parse(mine.updatedAt) ? stored : mine;
  const merged: Envelope = {
    ...mine,
    worksheetVersion: Math.max(stored.worksheetVersion, mine.worksheetVersion),
    updatedAt: latest.updatedAt,
    answers,
    removed: unionRemoved(stored.removed, mine.removed),
    fieldTimes,
    labels: record([...Object.entries(stored.labels ?? {}), ...Object.entries(mine.labels ?? {})]),
  };
  if (!hasRounds(stored) && !hasRounds(mine)) return merged;
  // Rounds by id: a round both hold is merged field by field like the answers; one only one side
  // holds is kept. The current round is the one started last. A side that names no round (saved
  // by a page of the old layout) holds the answers of the round that was current when it saved.
  const theirs = allRounds(stored, roundOf(stored, mine));
  const ours = allRounds(mine, roundOf(mine, stored));
  const rounds = combineRounds(theirs, ours, (a, b) => ({
    ...a,
    ...b,
    ...(b.name || a.name ? { name: b.name || a.name } : {}),
    updatedAt: Date.parse(a.updatedAt) > Date.parse(b.updatedAt) ? a.updatedAt : b.updatedAt,
    ...mergeFields(a, b),
  }));
  const unreadable = unionUnreadable(stored.unreadableRounds, mine.unreadableRounds);
  const out = withRounds(merged, rounds);
  if (unreadable.length) out.unreadableRounds = unreadable;
  else delete out.unreadableRounds;
  return out;
}

type Fields = Pick<Envelope, 'answers' | 'fieldTimes' | 'updatedAt'>;

/** Each field from the side that changed it later (`mine` on a tie), with its time. */
function mergeFields(stored: Fields, mine: Fields): { answers: Answers; fieldTimes: Record<string, number> } {
  const answers = record();
  const times = record<number>();
  const ids = new Set([
    ...Object.keys(stored.answers),
    ...Object.keys(mine.answers),
    ...Object.keys(stored.fieldTimes ?? {}),
    ...Object.keys(mine.fieldTimes ?? {}),
  ]);
  for (const id of ids) {
    const a = fieldTime(stored, id);
    const b = fieldTime(mine, id);
    const from = b >= a ? mine : stored;
    times[id] = Math.max(a, b);
    if (Object.hasOwn(from.answers, id)) answers[id] = from.answers[id];
  }
  return { answers, fieldTimes: times };
}

export interface LoadResult {
  envelope: Envelope;
  /** Nothing could be read or written: keep answers in memory. */
  unavailable?: boolean;
  /** Stored data could not be read (why: `error`); it was copied to `backupKey`. */
  corrupt?: boolean;
  error?: ReadError;
  backupKey?: string;
  /**
   * Unreadable data could not be copied aside (storage full): it is left untouched under its own
   * key and must not be written over; `raw` holds it so the page can offer it for export.
   */
  locked?: boolean;
  raw?: string;
  /** The envelope changed while loading (migration, fitting): save it. */
  changed?: boolean;
  /** Answers saved earlier were read back. */
  restored?: boolean;
}

/** Copies unreadable data aside; true only when the copy is there and the original is gone. */
export function backUp(store: Store, key: string, raw: string, backupKey: string): boolean {
  try {
    store.setItem(backupKey, raw);
    if (store.getItem(backupKey) !== raw) return false;
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The backup key for unreadable data under `key`, e.g. `guidebook:worksheet-backup:oma:2026-…`. */
export const backupKeyFor = (key: string, now: Date): string =>
  `${BACKUP_PREFIX}${key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key}:${now.toISOString()}`;

/**
 * Reads the envelope under `key` and fits it with `fit`. Never throws. For tools, which fit
 * their own answers; worksheets use `load`.
 */
export function loadKey(
  store: Store | null,
  key: string,
  empty: Envelope,
  fitTo: (env: Envelope) => Envelope,
  now = new Date(),
): LoadResult {
  if (!store) return { envelope: empty, unavailable: true };
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { envelope: empty, unavailable: true };
  }
  if (raw === null) return { envelope: empty };
  const read = decodeEnvelope(raw, empty.worksheetId);
  if (!read.ok) {
    const backupKey = backupKeyFor(key, now);
    if (backUp(store, key, raw, backupKey)) return { envelope: empty, corrupt: true, error: read.error, backupKey };
    return { envelope: empty, corrupt: true, error: read.error, locked: true, raw };
  }
  const fitted = fitTo(read.envelope);
  const changed = JSON.stringify(fitted) !== JSON.stringify(read.envelope);
  return { envelope: fitted, restored: true, ...(changed ? { changed } : {}) };
}

/** Reads the answers of one worksheet. Never throws. */
export function load(store: Store | null, sheet: SheetSpec, now = new Date()): LoadResult {
  return loadKey(store, keyFor(sheet.id), emptyEnvelope(sheet, now), (env) => fitEnvelope(sheet, env), now);
}
export const readWorksheet = load;

function isQuota(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  );
}

/** Listeners of `subscribe`, told of this page's own writes (the `storage` event tells of others'). */
const listeners = new Set<(key: string, envelope: Envelope | null) => void>();

/**
 * Saves `env` under its key, merged field by field with what is stored there now (another tab
 * may have saved since this page read it). Returns the envelope as saved, which the page should
 * show. Never writes over data that cannot be read.
 */
export function writeWorksheet(
  store: Store | null,
  env: Envelope,
  key?: string,
): { result: SaveResult; envelope: Envelope } {
  if (!store) return { result: 'unavailable', envelope: env };
  const k = keyOf(env, key);
  let merged = env;
  try {
    const raw = store.getItem(k);
    if (raw !== null) {
      const read = decodeEnvelope(raw, env.worksheetId);
      if (!read.ok) return { result: 'locked', envelope: env };
      merged = mergeEnvelopes(read.envelope, env);
    }
    store.setItem(k, JSON.stringify(merged));
  } catch (error) {
    return { result: isQuota(error) ? 'quota' : 'unavailable', envelope: env };
  }
  for (const listener of listeners) listener(k, merged);
  return { result: 'ok', envelope: merged };
}

/** `writeWorksheet` when only the outcome matters. */
export function save(store: Store | null, env: Envelope, key?: string): SaveResult {
  return writeWorksheet(store, env, key).result;
}

export function remove(store: Store | null, id: string, key = keyFor(id)): SaveResult {
  if (!store) return 'unavailable';
  try {
    store.removeItem(key);
  } catch {
    return 'unavailable';
  }
  for (const listener of listeners) listener(key, null);
  return 'ok';
}

/**
 * Calls `listener(key, envelope)` whenever a stored envelope changes, in this page (through this
 * module) or in another tab (the `storage` event); `envelope` is null when it was removed or
 * cannot be read. Returns the function that stops listening.
 */
export function subscribe(listener: (key: string, envelope: Envelope | null) => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null) return listener('', null);
    if (!e.key.startsWith(KEY_PREFIX) && !e.key.startsWith(TOOL_PREFIX)) return;
    const read = e.newValue === null ? undefined : decodeEnvelope(e.newValue);
    listener(e.key, read?.ok ? read.envelope : null);
  };
  listeners.add(listener);
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** Whether the store takes writes now (false when full or read-only). */
export function writable(store: Store | null): boolean {
  if (!store) return false;
  const probe = `${KEY_PREFIX}__probe`;
  try {
    store.setItem(probe, '1');
    store.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** The page's localStorage, or null when the browser refuses it (private mode, disabled). */
export function browserStore(): Store | null {
  try {
    const s = globalThis.localStorage;
    // Full or read-only storage still allows reading what was saved before.
    s.getItem(KEY_PREFIX);
    return s;
  } catch {
    return null;
  }
}
