/**
 * Starting a round and comparing rounds (loaded with the rounds view, not by every worksheet page):
 * a new round, the change of scale and matrix answers over rounds, answers as plain text.
 */
import { fieldSummaries } from '../fields/summaries.ts';
import { checkValue, type FieldSpec, isAnswered, type SheetSpec } from './answers.ts';
import { allRounds, type Round, type WithRounds, withRounds } from './rounds.ts';
import { record } from './safe-json.ts';

/** A name longer than this is not a name of ours (as rounds.ts reads them). */
const MAX_NAME = 200;

/** A new round id, e.g. `r-mbq3x1c0-k2f9`: unique enough for one person's rounds of one worksheet. */
export function roundId(now: Date, random: () => number = Math.random): string {
  return `r-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

/**
 * Starts a new round: the current one is kept read-only among the earlier rounds, and the new one
 * starts empty, dated `now` (always after the rounds before it), with the name given if any.
 */
export function startRound<T extends WithRounds>(env: T, name: string, now = new Date(), id = roundId(now)): T {
  const before = allRounds(env);
  const latest = Math.max(...before.map((r) => Date.parse(r.startedAt)).filter((t) => !Number.isNaN(t)), 0);
  const started = new Date(Math.max(now.getTime(), latest + 1));
  const trimmed = name.trim().slice(0, MAX_NAME);
  const next: Round = {
    id,
    startedAt: started.toISOString(),
    updatedAt: started.toISOString(),
    answers: record(),
    fieldTimes: record<number>(),
    ...(trimmed ? { name: trimmed } : {}),
  };
  return { ...withRounds(env, [...before, next]), updatedAt: started.toISOString() };
}

/** One point of the change chart: a round's answer to a scale question or a matrix row. */
export interface ChangeSeries {
  /** The question (or "matrix question: row"). */
  label: string;
  min: number;
  max: number;
  /** One value per round, oldest first; undefined where that round has no answer. */
  values: (number | undefined)[];
}

/**
 * Scale and matrix answers of every round, question by question, for the change chart and its
 * table. Questions no round answered are left out; answers that do not fit the scale are not shown.
 */
export function changeSeries(sheet: SheetSpec, rounds: Round[]): ChangeSeries[] {
  const out: ChangeSeries[] = [];
  for (const f of sheet.fields) {
    const range = { min: f.min ?? 0, max: f.max ?? 0 };
    const fitted = rounds.map((r) => checkValue(f, r.answers[f.id]));
    if (f.type === 'scale') {
      out.push({ label: f.label, ...range, values: fitted.map((v) => (typeof v === 'number' ? v : undefined)) });
    } else if (f.type === 'matrix') {
      (f.keys ?? []).forEach((k, i) => {
        out.push({
          // "How are these now? Health", "Resources: Health": no colon after a question mark.
          label: `${f.label}${/[?!.:]$/.test(f.label) ? '' : ':'} ${f.keyLabels?.[i] ?? k}`,
          ...range,
          values: fitted.map((v) => (v as Record<string, number> | undefined)?.[k]),
        });
      });
    }
  }
  return out.filter((s) => s.values.some((v) => v !== undefined));
}

/**
 * An answer as plain text for the read-only view of an earlier round and its printed table; `yes`
 * is the word for a ticked item. Values that do not fit the question are shown as their text.
 */
export function answerText(f: FieldSpec, value: unknown, yes = '✓'): string {
  const v = checkValue(f, value);
  if (v === undefined) return flatText(value);
  if (!isAnswered(f, v)) return '';
  return fieldSummaries[f.type](f, v as never, yes);
}

/** Any stored value as text, so that nothing kept is out of sight. */
export function flatText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object') return Object.values(v).map(flatText).filter(Boolean).join(', ');
  return '';
}
