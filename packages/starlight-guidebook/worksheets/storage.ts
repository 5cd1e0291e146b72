/**
 * The browser store of answers: one localStorage key per worksheet holding a versioned envelope.
 * Unreadable data is moved to a backup key, never overwritten; a store that cannot be written
 * is reported so the page can keep the answers in memory. No DOM code: the store is passed in.
 */
import { type Answers, type RemovedAnswer, reconcile, type SheetSpec } from './answers.ts';

/** Version of the envelope layout. Raise it when the layout changes, and read the old one. */
export const FORMAT = 1;
export const KEY_PREFIX = 'guidebook:worksheet:';
export const BACKUP_PREFIX = 'guidebook:worksheet-backup:';

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
}

/** The part of the Web Storage API the engine uses (so tests can pass a fake). */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type SaveResult = 'ok' | 'quota' | 'unavailable';

export const keyFor = (id: string): string => KEY_PREFIX + id;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseRemoved(v: unknown): RemovedAnswer[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out: RemovedAnswer[] = [];
  for (const r of v) {
    if (!isObj(r) || typeof r.id !== 'string' || typeof r.version !== 'number' || !('value' in r)) return undefined;
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

/**
 * Checks the envelope layout (not the answers: those are fitted to the definition by `reconcile`).
 * Returns `undefined` for anything that is not an envelope of a format this code can read.
 */
export function parseEnvelope(v: unknown, worksheetId?: string): Envelope | undefined {
  if (!isObj(v)) return undefined;
  const { format, worksheetId: id, worksheetVersion, updatedAt, answers } = v;
  if (format !== FORMAT) return undefined;
  if (typeof id !== 'string' || !id || (worksheetId !== undefined && id !== worksheetId)) return undefined;
  if (typeof worksheetVersion !== 'number' || !Number.isInteger(worksheetVersion) || worksheetVersion < 1)
    return undefined;
  if (typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt))) return undefined;
  if (!isObj(answers)) return undefined;
  const removed = parseRemoved(v.removed);
  if (!removed) return undefined;
  // Labels are a nicety: unreadable ones are left out, they never make the envelope unreadable.
  const labels = isObj(v.labels)
    ? Object.fromEntries(Object.entries(v.labels).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : undefined;
  return { format, worksheetId: id, worksheetVersion, updatedAt, answers, removed, ...(labels ? { labels } : {}) };
}

export function emptyEnvelope(sheet: SheetSpec, now = new Date()): Envelope {
  return {
    format: FORMAT,
    worksheetId: sheet.id,
    worksheetVersion: sheet.version,
    updatedAt: now.toISOString(),
    answers: {},
    removed: [],
  };
}

/** Fits an envelope (maybe of an older definition) to the current definition. */
export function fitEnvelope(sheet: SheetSpec, env: Envelope): Envelope {
  const r = reconcile(sheet, env.answers, env.worksheetVersion, env.removed, env.labels);
  return { ...env, worksheetVersion: sheet.version, answers: r.answers, removed: r.removed };
}

export interface LoadResult {
  envelope: Envelope;
  /** Nothing could be read or written: keep answers in memory. */
  unavailable?: boolean;
  /** Stored data could not be read; it was moved to `backupKey`. */
  corrupt?: boolean;
  backupKey?: string;
  /** Unreadable data could not be moved aside: do not write over it. */
  locked?: boolean;
  /** The envelope changed while loading (migration, fitting): save it. */
  changed?: boolean;
  /** Answers saved earlier were read back. */
  restored?: boolean;
}

/** Reads the answers of one worksheet. Never throws. */
export function load(store: Store | null, sheet: SheetSpec, now = new Date()): LoadResult {
  const empty = emptyEnvelope(sheet, now);
  if (!store) return { envelope: empty, unavailable: true };
  const key = keyFor(sheet.id);
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { envelope: empty, unavailable: true };
  }
  if (raw === null) return { envelope: empty };
  let env: Envelope | undefined;
  try {
    env = parseEnvelope(JSON.parse(raw), sheet.id);
  } catch {
    env = undefined;
  }
  if (!env) {
    const backupKey = `${BACKUP_PREFIX}${sheet.id}:${now.toISOString()}`;
    try {
      store.setItem(backupKey, raw);
      // Only remove the original once the copy is known to be there.
      if (store.getItem(backupKey) !== raw) throw new Error('backup not written');
      store.removeItem(key);
      return { envelope: empty, corrupt: true, backupKey };
    } catch {
      return { envelope: empty, corrupt: true, locked: true };
    }
  }
  const fitted = fitEnvelope(sheet, env);
  const changed = JSON.stringify(fitted) !== JSON.stringify(env);
  return { envelope: fitted, restored: true, ...(changed ? { changed } : {}) };
}

function isQuota(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  );
}

export function save(store: Store | null, env: Envelope): SaveResult {
  if (!store) return 'unavailable';
  try {
    store.setItem(keyFor(env.worksheetId), JSON.stringify(env));
    return 'ok';
  } catch (error) {
    return isQuota(error) ? 'quota' : 'unavailable';
  }
}

export function remove(store: Store | null, id: string): SaveResult {
  if (!store) return 'unavailable';
  try {
    store.removeItem(keyFor(id));
    return 'ok';
  } catch {
    return 'unavailable';
  }
}

/** Every readable envelope in the store (for "export all"). Never throws. */
export function loadAll(store: Store | null): Envelope[] {
  const out: Envelope[] = [];
  if (!store) return out;
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(KEY_PREFIX)) continue;
      try {
        const env = parseEnvelope(JSON.parse(store.getItem(key) ?? ''), key.slice(KEY_PREFIX.length));
        if (env) out.push(env);
      } catch {
        // Unreadable entries are handled (backed up) when their own worksheet is opened.
      }
    }
  } catch {
    // Storage went away while listing: export what was read.
  }
  return out.sort((a, b) => a.worksheetId.localeCompare(b.worksheetId));
}

/** Unreadable data that was moved aside, so it can go into "export all" and is never out of reach. */
export function loadBackups(store: Store | null): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      const value = key?.startsWith(BACKUP_PREFIX) ? store.getItem(key) : null;
      if (key && value !== null) out.push({ key, value });
    }
  } catch {
    // Storage went away while listing: export what was read.
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
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
