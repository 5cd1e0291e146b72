/**
 * Export and import of answers as JSON files. An import is checked completely before anything
 * is saved, and the user decides between merging and replacing.
 */
import { type Answers, isAnswered, mergeAnswers, type RemovedAnswer, type SheetSpec } from './answers.ts';
import { type Envelope, FORMAT, fitEnvelope, parseEnvelope } from './storage.ts';

export const FILE_FORMAT = 'guidebook-answers';
export const FILE_VERSION = 1;
/** Larger files are surely not ours, and would be slow to read. */
export const MAX_FILE_CHARS = 5_000_000;

export interface ExportFile {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: string;
  worksheets: Envelope[];
  backups?: { key: string; value: string }[];
}

export type ImportError =
  | 'tooLarge'
  | 'notJson'
  | 'notAnswers'
  | 'newerFormat'
  | 'invalid'
  | 'otherWorksheet'
  | 'empty';

export function makeExport(
  envelopes: Envelope[],
  now = new Date(),
  backups: { key: string; value: string }[] = [],
): string {
  const file: ExportFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    worksheets: envelopes,
  };
  // Unreadable data kept aside travels along as it is, so the user holds every byte they wrote.
  if (backups.length) file.backups = backups;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `vastaukset-my-worksheet-2026-11-24.json` */
export function exportName(what: string, now = new Date(), word = 'vastaukset'): string {
  const d = now;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${word}-${what}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an export file (or a bare envelope). Never throws. */
export function parseImport(
  text: string,
): { ok: true; worksheets: Envelope[] } | { ok: false; error: ImportError; detail?: string } {
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS) return { ok: false, error: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (!isObj(data)) return { ok: false, error: 'notAnswers' };
  let list: unknown[];
  if (data.format === FILE_FORMAT) {
    if (typeof data.version !== 'number') return { ok: false, error: 'notAnswers' };
    if (data.version > FILE_VERSION) return { ok: false, error: 'newerFormat' };
    if (!Array.isArray(data.worksheets)) return { ok: false, error: 'invalid', detail: 'worksheets' };
    list = data.worksheets;
  } else if (typeof data.format === 'number' && typeof data.worksheetId === 'string') {
    list = [data];
  } else {
    return { ok: false, error: 'notAnswers' };
  }
  const out: Envelope[] = [];
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    if (isObj(item) && typeof item.format === 'number' && item.format > FORMAT)
      return { ok: false, error: 'newerFormat' };
    const env = parseEnvelope(item);
    if (!env) return { ok: false, error: 'invalid', detail: `worksheets[${i}]` };
    if (seen.has(env.worksheetId)) return { ok: false, error: 'invalid', detail: `worksheets[${i}]` };
    seen.add(env.worksheetId);
    out.push(env);
  }
  if (out.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, worksheets: out };
}

export interface ImportPlan {
  /** The file's answers to this worksheet, fitted to the current definition. */
  mine?: Envelope;
  /** Answers to other worksheets in the same file. */
  others: Envelope[];
  /** How many questions of this worksheet the file answers. */
  answered: number;
  /** 1: the file is newer than what is here; -1 older; 0 same time or nothing here. */
  newer: -1 | 0 | 1;
}

/** What importing a parsed file into this worksheet would do. */
export function planImport(
  sheet: SheetSpec,
  current: Envelope,
  incoming: Envelope[],
): { ok: true; plan: ImportPlan } | { ok: false; error: ImportError; detail?: string } {
  const found = incoming.find((e) => e.worksheetId === sheet.id);
  const others = incoming.filter((e) => e.worksheetId !== sheet.id);
  if (!found) return { ok: false, error: 'otherWorksheet', detail: others.map((e) => e.worksheetId).join(', ') };
  const mine = fitEnvelope(sheet, found);
  const answered = sheet.fields.filter((f) => isAnswered(f, mine.answers[f.id])).length;
  const a = Date.parse(mine.updatedAt);
  const b = Date.parse(current.updatedAt);
  const hasCurrent = Object.keys(current.answers).length > 0;
  const newer = !hasCurrent || a === b ? 0 : a > b ? 1 : -1;
  return { ok: true, plan: { mine, others, answered, newer } };
}

function unionRemoved(a: RemovedAnswer[] = [], b: RemovedAnswer[] = []): RemovedAnswer[] {
  const seen = new Set(a.map((r) => JSON.stringify(r)));
  return [...a, ...b.filter((r) => !seen.has(JSON.stringify(r)))];
}

/**
 * The envelope after importing. `merge` keeps every answer of both; where both answered the
 * same question, the newer one wins. `replace` takes the file's answers as they are.
 */
export function applyImport(
  sheet: SheetSpec,
  current: Envelope,
  mine: Envelope,
  mode: 'merge' | 'replace',
  now = new Date(),
): Envelope {
  if (mode === 'replace') return { ...mine, updatedAt: now.toISOString() };
  const fileNewer = Date.parse(mine.updatedAt) >= Date.parse(current.updatedAt);
  const [preferred, other] = fileNewer ? [mine, current] : [current, mine];
  return {
    ...current,
    worksheetVersion: sheet.version,
    updatedAt: now.toISOString(),
    answers: mergeAnswers(sheet, preferred.answers, other.answers),
    removed: unionRemoved(current.removed, mine.removed),
  };
}

/**
 * Merges envelopes of a worksheet whose definition is not on this page: field by field,
 * the newer envelope wins, nothing else is dropped.
 */
export function mergeLoose(existing: Envelope | undefined, incoming: Envelope, mode: 'merge' | 'replace'): Envelope {
  if (!existing || mode === 'replace') return incoming;
  const fileNewer = Date.parse(incoming.updatedAt) >= Date.parse(existing.updatedAt);
  const [preferred, other] = fileNewer ? [incoming, existing] : [existing, incoming];
  const answers: Answers = { ...other.answers, ...preferred.answers };
  return {
    ...preferred,
    worksheetVersion: Math.max(existing.worksheetVersion, incoming.worksheetVersion),
    answers,
    removed: unionRemoved(existing.removed, incoming.removed),
  };
}
