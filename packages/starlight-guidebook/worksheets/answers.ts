/**
 * The answer model, free of DOM code so the PDF build can reuse it.
 *
 * Answers are a map from field id to a value whose shape depends on the field type:
 *   text, textarea, date  -> string
 *   scale                 -> number
 *   choice                -> option id
 *   multi                 -> { selected: option ids, other?: text }
 *   checklist             -> { checked: item ids, notes: { itemId: text } }
 *   matrix                -> { rowId: number }
 *   table                 -> [{ columnId: text }]
 * A value that does not fit the current definition is never dropped: it moves to `removed`.
 */

import { isRecord, record } from './safe-json.ts';
import type { FieldType, WorksheetDefinition } from './schema.ts';
import { maybeText, pickText } from './text.ts';

export type AnswerType = Exclude<FieldType, 'info'>;
export type Answers = Record<string, unknown>;

/** An answer kept aside because its question no longer exists (or no longer fits). */
export interface RemovedAnswer {
  /** Field id it was given for. */
  id: string;
  /** Label of the question when it was answered, if known. */
  label?: string;
  value: unknown;
  /** Definition version it was given for. */
  version: number;
}

/** What the engine needs to know of a field: enough to check, count and describe answers. */
export interface FieldSpec {
  id: string;
  type: AnswerType;
  label: string;
  required: boolean;
  /** Option, item, row or column ids, in order. */
  keys?: string[];
  /** Their labels, same order. */
  keyLabels?: string[];
  min?: number;
  max?: number;
  /** Labels for each scale step, min..max, where known. */
  stepLabels?: (string | undefined)[];
  other?: boolean;
  /** Table columns that hold dates. */
  dateKeys?: string[];
}

export interface SheetSpec {
  id: string;
  version: number;
  title: string;
  fields: FieldSpec[];
  /** Filled in again in rounds (definition `repeatable`). */
  repeatable?: boolean;
  /** Names offered for a new round, in the page's language. */
  roundNames?: string[];
}

/** The compact description of a worksheet that the browser gets, in one locale. */
export function clientSpec(def: WorksheetDefinition, lang: string): SheetSpec {
  const fields: FieldSpec[] = [];
  for (const section of def.sections) {
    for (const f of section.fields) {
      if (f.type === 'info') continue;
      const base = { id: f.id, type: f.type, label: pickText(f.label, lang), required: f.required };
      const list = (items: { id: string; label: Readonly<Record<string, string>> }[]) => ({
        keys: items.map((o) => o.id),
        keyLabels: items.map((o) => pickText(o.label as never, lang)),
      });
      const scale = (sc: {
        min: number;
        max: number;
        minLabel?: Readonly<Record<string, string>> | undefined;
        maxLabel?: Readonly<Record<string, string>> | undefined;
        stepLabels?: Readonly<Record<string, string>>[] | undefined;
      }) => {
        const stepLabels: (string | undefined)[] = [];
        for (let v = sc.min; v <= sc.max; v++) {
          const own = sc.stepLabels?.[v - sc.min];
          stepLabels.push(
            own
              ? pickText(own as never, lang)
              : v === sc.min
                ? maybeText(sc.minLabel as never, lang)
                : v === sc.max
                  ? maybeText(sc.maxLabel as never, lang)
                  : undefined,
          );
        }
        return { min: sc.min, max: sc.max, stepLabels };
      };
      switch (f.type) {
        case 'scale':
          fields.push({ ...base, ...scale(f) });
          break;
        case 'choice':
          fields.push({ ...base, ...list(f.options) });
          break;
        case 'multi':
          fields.push({ ...base, ...list(f.options), other: f.other });
          break;
        case 'checklist':
          fields.push({ ...base, ...list(f.items) });
          break;
        case 'matrix':
          fields.push({ ...base, ...list(f.rows), ...scale(f.scale) });
          break;
        case 'table': {
          const dateKeys = f.columns.filter((c) => c.type === 'date').map((c) => c.id);
          fields.push({ ...base, ...list(f.columns), ...(dateKeys.length ? { dateKeys } : {}) });
          break;
        }
        default:
          fields.push(base);
      }
    }
  }
  return {
    id: def.id,
    version: def.version,
    title: pickText(def.title, lang),
    fields,
    ...(def.repeatable ? { repeatable: true } : {}),
    ...(def.repeatable && def.roundNames ? { roundNames: def.roundNames.map((n) => pickText(n, lang)) } : {}),
  };
}

const isObj = isRecord;
const isStr = (v: unknown): v is string => typeof v === 'string';
const inScale = (f: FieldSpec, v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= (f.min ?? 0) && v <= (f.max ?? 0);
/** A number, also when written as text ("4"), as an imported or hand-edited file may have it. */
const asNumber = (v: unknown): unknown => (isStr(v) && /^-?\d+$/.test(v.trim()) ? Number(v) : v);
const has = (f: FieldSpec, k: unknown): k is string => isStr(k) && (f.keys ?? []).includes(k);
const strMap = (v: unknown, keys: string[], dateKeys: string[] = []): Record<string, string> | undefined => {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    const s = dateKeys.includes(k) && isStr(x) ? isoDate(x) : x;
    if (!keys.includes(k) || !isStr(s)) return undefined;
    if (s) out[k] = s;
  }
  return out;
};

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

/**
 * The value in the shape the field expects, or `undefined` when it does not fit (wrong type,
 * unknown option, out of the scale). Empty parts are left out.
 */
export function checkValue(f: FieldSpec, v: unknown): unknown {
  switch (f.type) {
    case 'text':
    case 'textarea':
      return isStr(v) ? v : undefined;
    case 'date':
      return isStr(v) ? isoDate(v) : undefined;
    case 'scale':
      return inScale(f, asNumber(v)) ? asNumber(v) : undefined;
    case 'choice':
      return has(f, v) ? v : undefined;
    case 'multi': {
      if (!isObj(v) || !Array.isArray(v.selected) || !v.selected.every((k) => has(f, k))) return undefined;
      if (v.other !== undefined && (!isStr(v.other) || !f.other)) return undefined;
      const out: { selected: string[]; other?: string } = { selected: [...new Set(v.selected as string[])] };
      if (v.other) out.other = v.other as string;
      return out;
    }
    case 'checklist': {
      if (!isObj(v) || !Array.isArray(v.checked) || !v.checked.every((k) => has(f, k))) return undefined;
      const notes = v.notes === undefined ? {} : strMap(v.notes, f.keys ?? []);
      if (!notes) return undefined;
      return { checked: [...new Set(v.checked as string[])], notes };
    }
    case 'matrix': {
      if (!isObj(v)) return undefined;
      const out: Record<string, number> = {};
      for (const [k, x] of Object.entries(v)) {
        const n = asNumber(x);
        if (!has(f, k) || !inScale(f, n)) return undefined;
        out[k] = n;
      }
      return out;
    }
    case 'table': {
      if (!Array.isArray(v)) return undefined;
      const rows: Record<string, string>[] = [];
      for (const row of v) {
        const r = strMap(row, f.keys ?? [], f.dateKeys);
        if (!r) return undefined;
        rows.push(r);
      }
      return rows;
    }
  }
}

/** Whether a (checked) value counts as an answer. */
export function isAnswered(f: FieldSpec, v: unknown): boolean {
  if (v === undefined || v === null) return false;
  switch (f.type) {
    case 'text':
    case 'textarea':
    case 'date':
      return isStr(v) && v.trim() !== '';
    case 'scale':
    case 'choice':
      return true;
    case 'multi': {
      const m = v as { selected: string[]; other?: string };
      return m.selected.length > 0 || !!m.other?.trim();
    }
    case 'checklist': {
      const c = v as { checked: string[]; notes: Record<string, string> };
      return c.checked.length > 0 || Object.values(c.notes).some((n) => n.trim());
    }
    case 'matrix':
      return Object.keys(v as object).length > 0;
    case 'table':
      return (v as Record<string, string>[]).some((r) => Object.values(r).some((x) => x.trim()));
  }
}

/**
 * Fits stored answers to the current definition. Answers that no longer fit (field removed,
 * option removed, type changed) go to `removed` with the version they were given for.
 * Empty answers are dropped: they hold nothing.
 */
export function reconcile(
  sheet: SheetSpec,
  answers: unknown,
  fromVersion: number,
  removed: RemovedAnswer[] = [],
  /** Question labels saved with the answers, for questions the definition no longer has. */
  labels: Record<string, string> = {},
): { answers: Answers; removed: RemovedAnswer[] } {
  const out: Answers = record();
  const kept = [...removed];
  const byId = new Map(sheet.fields.map((f) => [f.id, f]));
  if (isObj(answers)) {
    for (const [id, value] of Object.entries(answers)) {
      const f = byId.get(id);
      const ok = f ? checkValue(f, value) : undefined;
      if (f && ok !== undefined) {
        if (isAnswered(f, ok)) out[id] = ok;
      } else if (value !== undefined && value !== null && value !== '') {
        // Own labels only: `labels.constructor` of a plain object is a function, not a label.
        const saved = Object.hasOwn(labels, id) ? labels[id] : undefined;
        const label = typeof saved === 'string' ? saved : f?.label;
        const item = { id, value, version: fromVersion, ...(label ? { label } : {}) };
        // Fitting the same stored answers twice must not list them twice.
        const json = JSON.stringify(item);
        if (!kept.some((k) => k.id === id && JSON.stringify(k) === json)) kept.push(item);
      }
    }
  }
  return { answers: out, removed: kept };
}

/** The labels of the answered questions, saved with the answers so that they outlive the question. */
export function labelsOf(sheet: SheetSpec, answers: Answers): Record<string, string> {
  const out: Record<string, string> = record();
  for (const f of sheet.fields) if (Object.hasOwn(answers, f.id)) out[f.id] = f.label;
  return out;
}

export interface Progress {
  done: number;
  total: number;
  requiredLeft: number;
}

export function progress(sheet: SheetSpec, answers: Answers): Progress {
  let done = 0;
  let requiredLeft = 0;
  for (const f of sheet.fields) {
    const ok = isAnswered(f, answers[f.id]);
    if (ok) done++;
    else if (f.required) requiredLeft++;
  }
  return { done, total: sheet.fields.length, requiredLeft };
}

/** Merges two answer sets field by field; where both answered, `preferred` wins. */
export function mergeAnswers(sheet: SheetSpec, preferred: Answers, other: Answers): Answers {
  const out: Answers = {};
  for (const f of sheet.fields) {
    const a = preferred[f.id];
    const b = other[f.id];
    if (isAnswered(f, a)) out[f.id] = a;
    else if (isAnswered(f, b)) out[f.id] = b;
  }
  return out;
}

/** One bar of the summary chart: a scale answer or one matrix row. */
export interface ChartPoint {
  label: string;
  value: number;
  min: number;
  max: number;
}

export function chartPoints(sheet: SheetSpec, answers: Answers): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const f of sheet.fields) {
    const v = answers[f.id];
    if (!isAnswered(f, v)) continue;
    const range = { min: f.min ?? 0, max: f.max ?? 0 };
    if (f.type === 'scale') points.push({ label: f.label, value: v as number, ...range });
    if (f.type === 'matrix') {
      const m = v as Record<string, number>;
      (f.keys ?? []).forEach((k, i) => {
        if (m[k] !== undefined) points.push({ label: f.keyLabels?.[i] ?? k, value: m[k] as number, ...range });
      });
    }
  }
  return points;
}
