/**
 * The learning-environment recognition report, summarised from the answers of its worksheet:
 * what the workplace is, which competence areas it covers how well, its tasks, what is ready and
 * what is still open. Pure functions (no DOM), so the logic is unit-tested and reusable.
 */
import {
  type Answers,
  type FieldSpec,
  isAnswered,
  reconcile,
  type SheetSpec,
} from 'starlight-guidebook/worksheets/answers';

/** Which fields of the worksheet play which part in the summary. */
export interface RecognitionFields {
  /** Short facts shown at the top (text, textarea, date). */
  facts: string[];
  /** Table of tasks, tools and conditions. */
  tasks: string;
  /** Matrix: how well each competence area can be practised and shown. */
  coverage: string;
  /** Table of further competence areas written by hand. */
  other: string;
  /** Checklist of what is in place. */
  conditions: string;
  /** Free-text notes shown at the end. */
  notes: string[];
}

export const defaultFields: RecognitionFields = {
  facts: ['tyopaikka', 'toiminta', 'tutkinto', 'oppilaitos', 'pvm'],
  tasks: 'tehtavat',
  coverage: 'kattavuus',
  other: 'muut-alueet',
  conditions: 'edellytykset',
  notes: ['puutteet', 'ohjaustapa', 'oppilaitos-huomiot'],
};

export interface LabelledText {
  label: string;
  text: string;
}

export interface SummaryTable {
  label: string;
  columns: string[];
  rows: string[][];
}

export interface CoverageLevel {
  value: number;
  label: string;
  areas: string[];
}

export interface RecognitionSummary {
  facts: LabelledText[];
  coverage?: {
    label: string;
    /** Highest level first; levels with no areas are left out. */
    levels: CoverageLevel[];
    unrated: string[];
    /** Areas rated in the upper half of the scale (e.g. "partly" or "well" on 0–3). */
    strong: number;
    total: number;
  };
  tasks?: SummaryTable;
  other?: SummaryTable;
  conditions?: { label: string; ready: LabelledText[]; open: LabelledText[] };
  notes: LabelledText[];
  /** Nothing answered yet. */
  empty: boolean;
}

/** `2025-03-07` -> `7.3.2025` (fi) or `7 March 2025` (en); anything else is returned as typed. */
export function formatDate(value: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d] = m;
  if (lang.startsWith('en')) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return `${Number(d)}.${Number(mo)}.${y}`;
}

function table(f: FieldSpec | undefined, value: unknown): SummaryTable | undefined {
  if (f?.type !== 'table' || !isAnswered(f, value)) return undefined;
  const keys = f.keys ?? [];
  const rows = (value as Record<string, string>[])
    .map((r) => keys.map((k) => (r[k] ?? '').trim()))
    .filter((cells) => cells.some(Boolean));
  return { label: f.label, columns: f.keyLabels ?? keys, rows };
}

/** Builds the summary from stored answers; answers that do not fit the definition are ignored. */
export function summariseRecognition(
  spec: SheetSpec,
  stored: Answers,
  lang: string,
  fields: RecognitionFields = defaultFields,
): RecognitionSummary {
  const answers = reconcile(spec, stored, spec.version).answers;
  const byId = new Map(spec.fields.map((f) => [f.id, f]));
  const text = (id: string): LabelledText | undefined => {
    const f = byId.get(id);
    const v = answers[id];
    if (!f || typeof v !== 'string' || !v.trim()) return undefined;
    return { label: f.label, text: f.type === 'date' ? formatDate(v, lang) : v.trim() };
  };

  const summary: RecognitionSummary = {
    facts: fields.facts.map(text).filter((x): x is LabelledText => !!x),
    notes: fields.notes.map(text).filter((x): x is LabelledText => !!x),
    empty: Object.keys(answers).length === 0,
  };

  const cov = byId.get(fields.coverage);
  if (cov?.type === 'matrix') {
    const rated = (answers[cov.id] ?? {}) as Record<string, number>;
    const keys = cov.keys ?? [];
    const label = (k: string) => cov.keyLabels?.[keys.indexOf(k)] ?? k;
    const min = cov.min ?? 0;
    const max = cov.max ?? 0;
    const levels: CoverageLevel[] = [];
    for (let v = max; v >= min; v--) {
      const areas = keys.filter((k) => rated[k] === v).map(label);
      if (areas.length) levels.push({ value: v, label: cov.stepLabels?.[v - min] ?? String(v), areas });
    }
    const middle = (min + max) / 2;
    summary.coverage = {
      label: cov.label,
      levels,
      unrated: keys.filter((k) => rated[k] === undefined).map(label),
      strong: keys.filter((k) => (rated[k] ?? Number.NEGATIVE_INFINITY) > middle).length,
      total: keys.length,
    };
  }

  const tasks = table(byId.get(fields.tasks), answers[fields.tasks]);
  if (tasks) summary.tasks = tasks;
  const other = table(byId.get(fields.other), answers[fields.other]);
  if (other) summary.other = other;

  const cond = byId.get(fields.conditions);
  if (cond?.type === 'checklist') {
    const v = (answers[cond.id] ?? { checked: [], notes: {} }) as { checked: string[]; notes: Record<string, string> };
    const keys = cond.keys ?? [];
    const item = (k: string, i: number): LabelledText => ({
      label: cond.keyLabels?.[i] ?? k,
      text: v.notes[k]?.trim() ?? '',
    });
    summary.conditions = {
      label: cond.label,
      ready: keys.flatMap((k, i) => (v.checked.includes(k) ? [item(k, i)] : [])),
      open: keys.flatMap((k, i) => (v.checked.includes(k) ? [] : [item(k, i)])),
    };
  }
  return summary;
}
