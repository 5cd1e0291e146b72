/**
 * Export and import of answers as JSON files. An import is checked completely before anything
 * is saved, and the user decides between merging and replacing.
 */
import { type Answers, isAnswered, mergeAnswers, type RemovedAnswer, type SheetSpec } from './answers.ts';
import { FILE_FORMAT, FILE_VERSION } from './export-file.ts';
import { allRounds, combineRounds, hasRounds, type Round, roundOf, unionUnreadable, withRounds } from './rounds.ts';
import { isRecord, parseJson, record } from './safe-json.ts';
import { type Envelope, FORMAT, fieldTime, fitEnvelope, parseEnvelope, stamp } from './storage.ts';

export { type ExportFile, FILE_FORMAT, FILE_VERSION, makeExport } from './export-file.ts';
/** Larger files are surely not ours, and would be slow to read. */
export const MAX_FILE_CHARS = 5_000_000;
/** A site has tens of worksheets; a file with more is not an export of ours. */
export const MAX_WORKSHEETS = 200;

export type ImportError =
  | 'tooLarge'
  | 'notJson'
  | 'notAnswers'
  | 'newerFormat'
  | 'invalid'
  | 'otherWorksheet'
  | 'empty'
  | 'tooDeep'
  | 'tooMany'
  | 'encoding';

export type FileEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252';

/**
 * The text of an imported file. Our exports are UTF-8, but a file saved again in another editor
 * may be UTF-16 (with a byte order mark, or without one, told by its zero bytes) or Latin-1
 * (Windows-1252): those are decoded as what they are, never read as UTF-8 into "���". A file that
 * is none of these is refused.
 */
export function decodeFile(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: FileEncoding } | { ok: false; error: ImportError } {
  const decode = (encoding: FileEncoding, from = 0) =>
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ok(decode('UTF-8', 3), 'UTF-8');
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(decode('UTF-16LE', 2), 'UTF-16LE');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(decode('UTF-16BE', 2), 'UTF-16BE');
    // JSON starts with ASCII: UTF-16 without a mark has a zero byte beside each of those letters.
    if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return ok(decode('UTF-16LE'), 'UTF-16LE');
    if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return ok(decode('UTF-16BE'), 'UTF-16BE');
  } catch {
    return { ok: false, error: 'encoding' };
  }
  try {
    return ok(decode('UTF-8'), 'UTF-8');
  } catch {
    // Not UTF-8: Latin-1 text has bytes 0xA0–0xFF for its letters; control codes 0x80–0x9F (which
    // Windows-1252 also maps) or a zero byte mean it is something else.
    const text = new TextDecoder('windows-1252').decode(bytes);
    if (bytes.includes(0) || /[\u0080-\u009f]/.test(text)) return { ok: false, error: 'encoding' };
    return ok(text, 'windows-1252');
  }
}
const ok = (text: string, encoding: FileEncoding) => ({ ok: true as const, text, encoding });

/** `vastaukset-my-worksheet-2026-11-24.json` */
export function exportName(what: string, now = new Date(), word = 'vastaukset'): string {
  const d = now;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${word}-${what}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

const isObj = isRecord;

/** Reads an export file (or a bare envelope). Never throws. */
export function parseImport(
  text: string,
): { ok: true; worksheets: Envelope[] } | { ok: false; error: ImportError; detail?: string } {
  const json = parseJson(text, { maxChars: MAX_FILE_CHARS });
  if (!json.ok) return json;
  const data = json.value;
  if (!isObj(data)) return { ok: false, error: 'notAnswers' };
  let list: unknown[];
  if (data.format === FILE_FORMAT) {
    if (typeof data.version !== 'number') return { ok: false, error: 'notAnswers' };
    if (data.version > FILE_VERSION) return { ok: false, error: 'newerFormat' };
    if (!Array.isArray(data.worksheets)) return { ok: false, error: 'invalid', detail: 'worksheets' };
    list = data.worksheets;
    if (list.length > MAX_WORKSHEETS) return { ok: false, error: 'tooMany', detail: String(MAX_WORKSHEETS) };
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
 * same question, the newer one wins. `replace` takes the file's answers as they are. Every field
 * the import changes is marked changed now, so that saving (which merges with what another tab
 * may have stored) keeps the import. Answers to removed questions are never dropped.
 */
export function applyImport(
  sheet: SheetSpec,
  current: Envelope,
  mine: Envelope,
  mode: 'merge' | 'replace',
  now = new Date(),
): Envelope {
  if (hasRounds(current) || hasRounds(mine)) return importRounds(current, mine, mode, now, sheet.version);
  const fileNewer = Date.parse(mine.updatedAt) >= Date.parse(current.updatedAt);
  const [preferred, other] = fileNewer ? [mine, current] : [current, mine];
  const answers = mode === 'replace' ? mine.answers : mergeAnswers(sheet, preferred.answers, other.answers);
  return {
    ...stamp(current, answers, now),
    worksheetVersion: sheet.version,
    removed: unionRemoved(current.removed, mine.removed),
  };
}

/**
 * Importing a worksheet with rounds: rounds are matched by id. A round in both is merged (where
 * both answered, the newer side wins) or, with `replace`, takes the file's answers; a round in
 * only one of them is kept, so an import never deletes a round. Every field the import changes is
 * marked changed now, so that saving keeps the import.
 */
function importRounds(
  current: Envelope,
  incoming: Envelope,
  mode: 'merge' | 'replace',
  now: Date,
  version: number,
): Envelope {
  const here = allRounds(current, roundOf(current, incoming));
  const file = allRounds(incoming, roundOf(incoming, current));
  const rounds = combineRounds(here, file, (a, b) => {
    const fileNewer = Date.parse(b.updatedAt) >= Date.parse(a.updatedAt);
    const [preferred, other] = fileNewer ? [b, a] : [a, b];
    const answers =
      mode === 'replace' ? b.answers : record([...Object.entries(other.answers), ...Object.entries(preferred.answers)]);
    return { ...stampRound(a, answers, now), ...(b.name || a.name ? { name: b.name || a.name } : {}) };
  });
  const unreadable = unionUnreadable(current.unreadableRounds, incoming.unreadableRounds);
  const out = withRounds(
    {
      ...current,
      worksheetVersion: Math.max(version, current.worksheetVersion),
      updatedAt: now.toISOString(),
      removed: unionRemoved(current.removed, incoming.removed),
      ...(incoming.title && !current.title ? { title: incoming.title } : {}),
    },
    rounds,
  );
  if (unreadable.length) out.unreadableRounds = unreadable;
  return out;
}

/** A round with new answers, each changed field timed `now` (`stamp` for one round). */
function stampRound(prev: Round, answers: Answers, now: Date): Round {
  const times = record<number>();
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  const ids = new Set([...Object.keys(prev.answers), ...Object.keys(answers), ...Object.keys(prev.fieldTimes ?? {})]);
  let changed = false;
  for (const id of ids) {
    if (!same(prev.answers[id], answers[id])) {
      times[id] = now.getTime();
      changed = true;
    } else if (Object.hasOwn(prev.answers, id) || prev.fieldTimes?.[id] !== undefined) times[id] = fieldTime(prev, id);
  }
  return {
    ...prev,
    answers: record(Object.entries(answers)),
    fieldTimes: times,
    updatedAt: changed ? now.toISOString() : prev.updatedAt,
  };
}

/**
 * The same for a worksheet whose definition is not on this page: field by field, the newer
 * envelope wins (`merge`) or the file's answers are taken (`replace`).
 */
export function mergeLoose(
  existing: Envelope | undefined,
  incoming: Envelope,
  mode: 'merge' | 'replace',
  now = new Date(),
): Envelope {
  if (!existing) return incoming;
  if (hasRounds(existing) || hasRounds(incoming))
    return importRounds(existing, incoming, mode, now, Math.max(existing.worksheetVersion, incoming.worksheetVersion));
  const fileNewer = Date.parse(incoming.updatedAt) >= Date.parse(existing.updatedAt);
  const [preferred, other] = fileNewer ? [incoming, existing] : [existing, incoming];
  const answers: Answers =
    mode === 'replace'
      ? incoming.answers
      : record([...Object.entries(other.answers), ...Object.entries(preferred.answers)]);
  return {
    ...stamp(existing, answers, now),
    worksheetVersion: Math.max(existing.worksheetVersion, incoming.worksheetVersion),
    removed: unionRemoved(existing.removed, incoming.removed),
    ...(incoming.title ? { title: incoming.title } : {}),
  };
}
