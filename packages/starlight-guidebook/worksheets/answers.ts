/**
 * The answer model, free of DOM code so the PDF build can reuse it.
 *
 * Answers are a map from field id to a value whose shape depends on the field type, defined once
 * in the type's folder (fields/<type>/answer.ts): a string for text, textarea and date, a number
 * for a scale, an option id for a choice, `{ selected, other? }` for multi, `{ checked, notes }`
 * for a checklist, `{ rowId: number }` for a matrix, `[{ columnId: text }]` for a table.
 * A value that does not fit the current definition is never dropped: it moves to `removed`.
 */

import { fieldAnswers } from '../fields/answers.ts';
import { isoDate } from '../fields/shared/answer.ts';
import type { AnswerType, FieldSpec, SpecExtras } from '../fields/shared/spec.ts';
import { fieldSpecs } from '../fields/specs.ts';
import { isRecord, record } from './safe-json.ts';
import type { WorksheetDefinition } from './schema.ts';
import { pickText } from './text.ts';

export type { AnswerType, FieldSpec };
export { isoDate };
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
      // Each type adds what its answers need (fields/<type>/spec.ts).
      fields.push({ ...base, ...(fieldSpecs[f.type] as (field: typeof f, lang: string) => SpecExtras)(f, lang) });
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

/**
 * The value in the shape the field expects, or `undefined` when it does not fit (wrong type,
 * unknown option, out of the scale). Empty parts are left out. Each type's rules are in its
 * folder (fields/<type>/answer.ts).
 */
export function checkValue(f: FieldSpec, v: unknown): unknown {
  return fieldAnswers[f.type].check(f, v);
}

/** Whether a (checked) value counts as an answer. */
export function isAnswered(f: FieldSpec, v: unknown): boolean {
  return v !== undefined && v !== null && fieldAnswers[f.type].isAnswered(f, v);
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
  if (isRecord(answers)) {
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
