/**
 * Listing what is stored: every worksheet, every readable envelope, the data kept aside. Apart
 * from storage.ts so that a worksheet page, which reads and writes its own worksheet only, does
 * not load it (My worksheets and "export all" do). Both are the public entry point
 * `starlight-guidebook/worksheets/storage` (storage-api.ts).
 */
import {
  BACKUP_PREFIX,
  decodeEnvelope,
  type Envelope,
  KEY_PREFIX,
  type ReadError,
  type Store,
  TOOL_PREFIX,
} from './storage.ts';

/** The keys under `prefix`, read defensively (storage can go away while listing). */
function keysWith(store: Store | null, prefix: string): string[] {
  const out: string[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) out.push(key);
    }
  } catch {
    // Storage went away while listing: return what was read.
  }
  return out.sort();
}

export interface StoredWorksheet {
  id: string;
  key: string;
  /** Absent when the data cannot be read. */
  envelope?: Envelope;
  error?: ReadError;
}

/** Every worksheet stored in this browser, readable or not, by id. Never throws. */
export function listWorksheets(store: Store | null): StoredWorksheet[] {
  const out: StoredWorksheet[] = [];
  for (const key of keysWith(store, KEY_PREFIX)) {
    const id = key.slice(KEY_PREFIX.length);
    if (id === '__probe') continue;
    let raw: string | null = null;
    try {
      raw = store?.getItem(key) ?? null;
    } catch {
      continue;
    }
    if (raw === null) continue;
    const read = decodeEnvelope(raw, id);
    out.push(read.ok ? { id, key, envelope: read.envelope } : { id, key, error: read.error });
  }
  return out;
}

/** Every readable envelope in the store (for "export all"). Never throws. */
export function loadAll(store: Store | null): Envelope[] {
  return listWorksheets(store).flatMap((w) => (w.envelope ? [w.envelope] : []));
}

/**
 * Data that could not be read, so it can go into "export all" and is never out of reach: what was
 * moved aside, and what is still under its own key because it could not be moved.
 */
export function loadBackups(store: Store | null): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const unreadable = listWorksheets(store)
    .filter((w) => w.error)
    .map((w) => w.key);
  for (const key of keysWith(store, TOOL_PREFIX)) {
    try {
      const raw = store?.getItem(key);
      if (raw && !decodeEnvelope(raw).ok) unreadable.push(key);
    } catch {
      // Storage went away: export what was read.
    }
  }
  for (const key of [...keysWith(store, BACKUP_PREFIX), ...unreadable]) {
    try {
      const value = store?.getItem(key) ?? null;
      if (value !== null) out.push({ key, value });
    } catch {
      // Storage went away: export what was read.
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
