/**
 * What an answer aspect is (fields/<type>/answer.ts): the one definition of a field type's value,
 * free of DOM code, so the browser, the transfer files and the PDF build all read values alike.
 * The helpers for values that several types share are here too.
 */
import { isRecord } from '../../worksheets/safe-json.ts';
import type { FieldSpec } from './spec.ts';

export interface FieldAnswer<V> {
  /**
   * The value in the shape the field expects, or `undefined` when it does not fit (wrong type,
   * unknown option, out of the scale). Empty parts are left out.
   */
  check(f: FieldSpec, v: unknown): V | undefined;
  /** Whether a value of this shape (not undefined or null) counts as an answer. */
  isAnswered(f: FieldSpec, v: V): boolean;
}

export { isRecord as isObj };
export const isStr = (v: unknown): v is string => typeof v === 'string';
export const inScale = (f: FieldSpec, v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= (f.min ?? 0) && v <= (f.max ?? 0);
/** A number, also when written as text ("4"), as an imported or hand-edited file may have it. */
export const asNumber = (v: unknown): unknown => (isStr(v) && /^-?\d+$/.test(v.trim()) ? Number(v) : v);
/** One of the field's option, item, row or column ids. */
export const has = (f: FieldSpec, k: unknown): k is string => isStr(k) && (f.keys ?? []).includes(k);
/** Texts by key (checklist notes, a table row), only the given keys; dates read as yyyy-mm-dd. */
export const strMap = (v: unknown, keys: string[], dateKeys: string[] = []): Record<string, string> | undefined => {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    const s = dateKeys.includes(k) && isStr(x) ? isoDate(x) : x;
    if (!keys.includes(k) || !isStr(s)) return undefined;
    if (s) out[k] = s;
  }
  return out;
};

/** A text or date is an answer when it is not blank. */
export const notBlank = (_f: FieldSpec, v: string): boolean => isStr(v) && v.trim() !== '';

/** A text (text and textarea): any string, answered when not blank. */
export const textAnswer: FieldAnswer<string> = {
  check: (_f, v) => (isStr(v) ? v : undefined),
  isAnswered: notBlank,
};

/** A scale step or a choice: a single value, answered once there is one. */
export const answeredOnceGiven = (): boolean => true;

/**
 * A date as the date box takes it (yyyy-mm-dd), read from the forms people write: yyyy-mm-dd,
 * d.m.yyyy (Finnish) and yyyy-m-d. Anything else is `undefined`: kept with the answers to removed
 * questions rather than shown as an empty box and lost at the next edit. An empty text stays empty.
 */
export function isoDate(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : fi ? [fi[3], fi[2], fi[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // 31.2.2026 is no date: Date would make it 3.3.2026.
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
