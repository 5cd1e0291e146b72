/**
 * Rounds of a repeatable worksheet (definition `repeatable: true`): the participant fills the same
 * worksheet again later (e.g. at the start, middle and end) and sees how the answers have moved.
 *
 * In the envelope, `answers` (with `fieldTimes`) stay the answers of the current round, so every
 * reader of answers (progress, print, answers PDF, "My worksheets") works on the current round as
 * before. `round` names the current round; `rounds` holds the earlier ones, read-only, oldest
 * first. An envelope saved before rounds existed is round 1 (id `r1`, dated by its first answer):
 * nothing moves, nothing is lost. Rounds that cannot be read are kept as they are in
 * `unreadableRounds`, saved and exported with the rest, never dropped.
 *
 * No DOM code; storage.ts merges and saves envelopes with these helpers.
 */
import type { Answers } from './answers.ts';
import { isRecord, record } from './safe-json.ts';

/** What names a round: its id (unique within a worksheet), when it started, an optional name. */
export interface RoundInfo {
  id: string;
  /** ISO date-time the round started. */
  startedAt: string;
  /** The participant's own name for it, e.g. "Start". */
  name?: string;
}

/** An earlier round, kept read-only. */
export interface Round extends RoundInfo {
  /** ISO date-time of its last change. */
  updatedAt: string;
  answers: Answers;
  fieldTimes?: Record<string, number>;
}

/** The parts of an envelope that rounds concern (storage.ts's Envelope has them all). */
export interface WithRounds {
  updatedAt: string;
  answers: Answers;
  fieldTimes?: Record<string, number>;
  round?: RoundInfo;
  rounds?: Round[];
  unreadableRounds?: unknown[];
}

/** The id of the first round, also of answers saved before rounds existed. */
export const FIRST_ROUND = 'r1';
/** A name longer than this is not a name of ours. */
const MAX_NAME = 200;

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** `{id, startedAt, name?}` read from storage, or undefined when it is not one. */
export function parseRoundInfo(v: unknown): RoundInfo | undefined {
  if (!isRecord(v)) return undefined;
  const { id, startedAt, name } = v;
  if (typeof id !== 'string' || !id || id.length > 100 || !isDate(startedAt)) return undefined;
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME)) return undefined;
  return { id, startedAt, ...(name ? { name } : {}) };
}

/** An earlier round read from storage, or undefined. Its answers are kept as they are. */
export function parseRound(v: unknown): Round | undefined {
  const info = parseRoundInfo(v);
  if (!info || !isRecord(v) || !isDate(v.updatedAt) || !isRecord(v.answers)) return undefined;
  const times = isRecord(v.fieldTimes)
    ? record(Object.entries(v.fieldTimes).filter((e): e is [string, number] => isTime(e[1])))
    : undefined;
  return {
    ...info,
    updatedAt: v.updatedAt,
    answers: record(Object.entries(v.answers)),
    ...(times ? { fieldTimes: times } : {}),
  };
}

/**
 * The rounds fields of a stored envelope: what can be read, and what cannot (kept as it is).
 * Never throws; a round with an id seen before is kept among the unreadable ones, not dropped.
 */
export function parseRounds(v: Record<string, unknown>): Pick<WithRounds, 'round' | 'rounds' | 'unreadableRounds'> {
  const unreadable: unknown[] = Array.isArray(v.unreadableRounds) ? [...v.unreadableRounds] : [];
  if (v.unreadableRounds !== undefined && !Array.isArray(v.unreadableRounds)) unreadable.push(v.unreadableRounds);
  let round: RoundInfo | undefined;
  if (v.round !== undefined) {
    round = parseRoundInfo(v.round);
    if (!round) unreadable.push({ round: v.round });
  }
  const rounds: Round[] = [];
  const seen = new Set(round ? [round.id] : []);
  if (Array.isArray(v.rounds)) {
    for (const item of v.rounds) {
      const r = parseRound(item);
      if (r && !seen.has(r.id)) {
        seen.add(r.id);
        rounds.push(r);
      } else unreadable.push(item);
    }
  } else if (v.rounds !== undefined) unreadable.push({ rounds: v.rounds });
  return {
    ...(round ? { round } : {}),
    ...(rounds.length ? { rounds: sortRounds(rounds) } : {}),
    ...(unreadable.length ? { unreadableRounds: unreadable } : {}),
  };
}

/** Whether the envelope has anything of rounds (a current round named, earlier ones, unreadable ones). */
export const hasRounds = (env: WithRounds): boolean =>
  !!env.round || !!env.rounds?.length || !!env.unreadableRounds?.length;

/** How many rounds the envelope holds, the current one included (1 for answers without rounds). */
export const roundCount = (env: WithRounds): number => 1 + (env.rounds?.length ?? 0);

/** When the first answer of the envelope was given (or its save time, if none is known). */
export function firstAnswerTime(env: WithRounds): string {
  const times = Object.values(env.fieldTimes ?? {}).filter((t) => isTime(t) && t > 0);
  const saved = Date.parse(env.updatedAt);
  const first = times.length ? Math.min(...times, Number.isNaN(saved) ? Number.POSITIVE_INFINITY : saved) : saved;
  return Number.isNaN(first) ? new Date(0).toISOString() : new Date(first).toISOString();
}

/** The current round: the envelope's own, else round 1 dated by its first answer. */
export function currentRound(env: WithRounds): RoundInfo {
  return env.round ?? { id: FIRST_ROUND, startedAt: firstAnswerTime(env) };
}

/**
 * Answers saved before rounds existed become round 1; an envelope that already names its round is
 * returned as it is. The answers themselves do not move.
 */
export function migrateRounds<T extends WithRounds>(env: T): T {
  return env.round ? env : { ...env, round: currentRound(env) };
}

const byStart = (a: RoundInfo, b: RoundInfo) =>
  Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sortRounds = <T extends RoundInfo>(rounds: T[]): T[] => [...rounds].sort(byStart);

/**
 * Every round of the envelope, oldest first, the current one last (as a Round). `current` names
 * the current round when the envelope does not: an envelope of the old layout holds the answers of
 * whichever round the other side of a merge is on.
 */
export function allRounds(env: WithRounds, current: RoundInfo = currentRound(env)): Round[] {
  const info = env.round ?? current;
  const now: Round = {
    ...info,
    updatedAt: env.updatedAt,
    answers: env.answers,
    ...(env.fieldTimes ? { fieldTimes: env.fieldTimes } : {}),
  };
  return [...(env.rounds ?? []).filter((r) => r.id !== info.id), now];
}

/**
 * Which round an envelope's answers belong to, told against `other` (the other side of a merge or
 * import): its own round, else (saved by a page of the old layout) the latest round of `other`
 * that had started when it was saved, else round 1.
 */
export function roundOf(env: WithRounds, other: WithRounds): RoundInfo {
  if (env.round) return env.round;
  const saved = Date.parse(env.updatedAt);
  const started = allRounds(other).filter((r) => Date.parse(r.startedAt) <= saved);
  const r = started[started.length - 1];
  return r ? { id: r.id, startedAt: r.startedAt, ...(r.name ? { name: r.name } : {}) } : currentRound(env);
}

/** The envelope with `rounds` (oldest first, the current one last) put in place. */
export function withRounds<T extends WithRounds>(env: T, rounds: Round[]): T {
  const sorted = sortRounds(rounds);
  const current = sorted.pop();
  if (!current) return env;
  const { updatedAt: _u, answers, fieldTimes, ...info } = current;
  const out: T = { ...env, answers, round: info };
  if (fieldTimes) out.fieldTimes = fieldTimes;
  else delete out.fieldTimes;
  if (sorted.length) out.rounds = sorted;
  else delete out.rounds;
  return out;
}

/**
 * Two lists of rounds as one, by id: a round in both is `same(mine, theirs)`; a round in only one
 * is kept as it is. No round is dropped.
 */
export function combineRounds(theirs: Round[], mine: Round[], same: (theirs: Round, mine: Round) => Round): Round[] {
  const out = new Map<string, Round>();
  for (const r of theirs) out.set(r.id, r);
  for (const r of mine) {
    const other = out.get(r.id);
    out.set(r.id, other ? same(other, r) : r);
  }
  return sortRounds([...out.values()]);
}

/** Kept rounds that could not be read, from both sides, each once. */
export function unionUnreadable(a: unknown[] = [], b: unknown[] = []): unknown[] {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  return [...a, ...b.filter((x) => !seen.has(JSON.stringify(x)))];
}
