/**
 * The participant's own folder ("My worksheets"): every worksheet with answers saved in this
 * browser, and what can be done with all of them at once. Built on the worksheet store's public
 * functions (worksheets/storage.ts, worksheets/transfer.ts); no DOM code (client.ts has it).
 */
import { type Answers, progress, reconcile, type SheetSpec } from '../worksheets/answers.ts';
import { allRounds, roundCount } from '../worksheets/rounds.ts';
import {
  BACKUP_PREFIX,
  type Envelope,
  emptyEnvelope,
  fitEnvelope,
  keyFor,
  loadAll,
  loadBackups,
  parseEnvelope,
  remove,
  type SaveResult,
  type Store,
  save,
} from '../worksheets/storage-api.ts';
import { applyImport, mergeLoose } from '../worksheets/transfer.ts';

/** A worksheet of the site, as the folder page knows it (in the page's language). */
export interface CatalogEntry {
  id: string;
  title: string;
  /** The material it belongs to, in the page's language. */
  material: string;
  /** Address of the page that shows it; empty when no page does. */
  href: string;
  /** Address of its fillable PDF; empty when the build made none. */
  pdf: string;
  spec: SheetSpec;
}

export interface FolderRow {
  id: string;
  title: string;
  material: string;
  href: string;
  pdf: string;
  answered: number;
  total: number;
  /** ISO date-time of the last save. */
  updatedAt: string;
  envelope: Envelope;
  /** False for answers to a worksheet this site does not have (kept, exported, never dropped). */
  known: boolean;
  /** Rounds of a repeatable worksheet, the current one included (1 without rounds). */
  rounds: number;
  /** The worksheet's spec, for a worksheet this site has. */
  spec?: SheetSpec;
}

/** Rows for every saved worksheet with at least one answer, most recently saved first. */
export function folderRows(envelopes: Envelope[], catalog: CatalogEntry[]): FolderRow[] {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  return envelopes
    .map((envelope): FolderRow => {
      const entry = byId.get(envelope.worksheetId);
      if (!entry) {
        const answered = Object.keys(envelope.answers).length;
        return {
          id: envelope.worksheetId,
          title: envelope.worksheetId,
          material: '',
          href: '',
          pdf: '',
          answered,
          total: answered,
          updatedAt: envelope.updatedAt,
          envelope,
          known: false,
          rounds: roundCount(envelope),
        };
      }
      const fitted = fitEnvelope(entry.spec, envelope);
      const { done, total } = progress(entry.spec, fitted.answers);
      return {
        ...entry,
        answered: done,
        total,
        updatedAt: envelope.updatedAt,
        envelope: fitted,
        known: true,
        rounds: roundCount(fitted),
      };
    })
    .filter((row) => row.answered > 0 || row.rounds > 1 || (row.envelope.removed?.length ?? 0) > 0)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title));
}

/**
 * The parts of a row in the PDF of all answers: one filled form per round, oldest first (the
 * current round last), each round's answers fitted to the worksheet; one part without rounds.
 */
export function pdfParts(
  row: FolderRow,
  label: (round: { n: number; name?: string; startedAt: string }) => string,
): { title: string; answers: Answers }[] {
  const spec = row.spec;
  if (!spec || row.rounds < 2) return [{ title: row.title, answers: row.envelope.answers }];
  return allRounds(row.envelope).map((r, i) => ({
    title: label({ n: i + 1, startedAt: r.startedAt, ...(r.name ? { name: r.name } : {}) }),
    answers: reconcile(spec, r.answers, row.envelope.worksheetVersion).answers,
  }));
}

/** Everything saved: the readable envelopes, and unreadable data kept aside (backups). */
export function savedEverything(store: Store | null): {
  envelopes: Envelope[];
  backups: { key: string; value: string }[];
} {
  return { envelopes: loadAll(store), backups: loadBackups(store) };
}

export interface FolderImportSummary {
  /** Worksheets in the file, with a title where the site has the worksheet. */
  worksheets: { id: string; title: string; existsHere: boolean; rounds: number }[];
}

export function summariseImport(
  store: Store | null,
  incoming: Envelope[],
  catalog: CatalogEntry[],
): FolderImportSummary {
  const here = new Set(loadAll(store).map((e) => e.worksheetId));
  const titles = new Map(catalog.map((c) => [c.id, c.title]));
  return {
    worksheets: incoming.map((e) => ({
      id: e.worksheetId,
      title: titles.get(e.worksheetId) ?? e.worksheetId,
      existsHere: here.has(e.worksheetId),
      rounds: roundCount(e),
    })),
  };
}

/**
 * Saves a whole file's answers: `merge` keeps what is here and adds the file's (where both
 * answered the same question, the newer wins), `replace` puts the file's answers in place of what
 * is here for the worksheets the file has; worksheets the file does not have are left alone.
 * Returns the first failure, if any (the rest are still tried).
 */
export function importEverything(
  store: Store | null,
  incoming: Envelope[],
  catalog: CatalogEntry[],
  mode: 'merge' | 'replace',
  now = new Date(),
): SaveResult {
  const specs = new Map(catalog.map((c) => [c.id, c.spec]));
  let result: SaveResult = 'ok';
  for (const envelope of incoming) {
    const spec = specs.get(envelope.worksheetId);
    const existing = readEnvelope(store, envelope.worksheetId);
    const next = spec
      ? applyImport(spec, existing ?? emptyEnvelope(spec, now), fitEnvelope(spec, envelope), mode, now)
      : mergeLoose(existing, envelope, mode);
    const saved = save(store, next);
    if (saved !== 'ok' && result === 'ok') result = saved;
  }
  return result;
}

/** Deletes every worksheet's answers and the unreadable data kept aside. */
export function clearEverything(store: Store | null): SaveResult {
  if (!store) return 'unavailable';
  let result: SaveResult = 'ok';
  for (const envelope of loadAll(store)) {
    const removed = remove(store, envelope.worksheetId);
    if (removed !== 'ok') result = removed;
  }
  for (const { key } of loadBackups(store)) {
    try {
      if (key.startsWith(BACKUP_PREFIX)) store.removeItem(key);
    } catch {
      result = 'unavailable';
    }
  }
  return result;
}

function readEnvelope(store: Store | null, id: string): Envelope | undefined {
  try {
    const raw = store?.getItem(keyFor(id));
    return raw ? parseEnvelope(JSON.parse(raw), id) : undefined;
  } catch {
    return undefined;
  }
}
