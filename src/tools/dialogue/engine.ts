import type { Dialogue, Rating, Step } from './schema.ts';

/**
 * The dialogue engine: pure functions over a validated script, so the browser script, the print
 * form and the tests share one behaviour. Nothing here talks to a network.
 */

export interface Turn {
  step: string;
  choice: number;
  rating: Rating;
}

export interface DialogueState {
  current: string;
  history: Turn[];
}

export function stepOf(dialogue: Dialogue, id: string): Step {
  const found = dialogue.steps.find((s) => s.id === id);
  if (!found) throw new Error(`dialogue "${dialogue.id}": no step "${id}"`);
  return found;
}

export function start(dialogue: Dialogue): DialogueState {
  stepOf(dialogue, dialogue.start);
  return { current: dialogue.start, history: [] };
}

export function isEnded(dialogue: Dialogue, state: DialogueState): boolean {
  return stepOf(dialogue, state.current).end;
}

/** Applies the learner's choice; a choice without `next` keeps the learner on the same step. */
export function choose(dialogue: Dialogue, state: DialogueState, index: number): DialogueState {
  const step = stepOf(dialogue, state.current);
  if (step.end) throw new Error(`dialogue "${dialogue.id}": the dialogue has ended`);
  const picked = step.choices[index];
  if (!picked) throw new Error(`dialogue "${dialogue.id}": step "${step.id}" has no choice ${index}`);
  return {
    current: picked.next ?? step.id,
    history: [...state.history, { step: step.id, choice: index, rating: picked.rating }],
  };
}

/** Takes back the last choice. */
export function back(state: DialogueState): DialogueState {
  const last = state.history.at(-1);
  if (!last) return state;
  return { current: last.step, history: state.history.slice(0, -1) };
}

export function tally(state: DialogueState): Record<Rating, number> {
  const out: Record<Rating, number> = { good: 0, ok: 0, retry: 0 };
  for (const t of state.history) out[t.rating] += 1;
  return out;
}

/**
 * Rebuilds a state from stored turns by replaying them; stops at the first turn that no longer
 * fits the script (the script changed), so a stale history never breaks the page.
 */
export function replay(dialogue: Dialogue, turns: readonly { step: string; choice: number }[]): DialogueState {
  let state = start(dialogue);
  for (const t of turns) {
    if (t.step !== state.current || isEnded(dialogue, state)) break;
    const step = stepOf(dialogue, state.current);
    if (!Number.isInteger(t.choice) || !step.choices[t.choice]) break;
    state = choose(dialogue, state, t.choice);
  }
  return state;
}

/**
 * Script rules beyond the shape: unique step ids, known targets, every step reachable, every
 * step can reach an end, end steps have no choices, other steps have a choice that moves on.
 */
export function checkDialogue(dialogue: Dialogue): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Step>();
  for (const s of dialogue.steps) {
    if (ids.has(s.id)) problems.push(`duplicate step id "${s.id}"`);
    ids.set(s.id, s);
  }
  if (!ids.has(dialogue.start)) problems.push(`start step "${dialogue.start}" does not exist`);
  for (const s of dialogue.steps) {
    if (s.end && s.choices.length > 0) problems.push(`step "${s.id}" ends the dialogue but has choices`);
    if (!s.end && s.choices.length === 0) problems.push(`step "${s.id}" has no choices and does not end`);
    if (!s.end && s.choices.length > 0 && !s.choices.some((c) => c.next && c.next !== s.id)) {
      problems.push(`step "${s.id}" has no choice that moves on`);
    }
    s.choices.forEach((c, i) => {
      if (c.next && !ids.has(c.next)) problems.push(`step "${s.id}" choice ${i + 1} goes to unknown step "${c.next}"`);
    });
  }
  if (problems.length > 0) return problems;
  // Reachability from the start.
  const reached = new Set<string>([dialogue.start]);
  const queue = [dialogue.start];
  while (queue.length > 0) {
    const s = ids.get(queue.shift() as string) as Step;
    for (const c of s.choices) {
      if (c.next && !reached.has(c.next)) {
        reached.add(c.next);
        queue.push(c.next);
      }
    }
  }
  for (const s of dialogue.steps) if (!reached.has(s.id)) problems.push(`step "${s.id}" cannot be reached`);
  // Every step must be able to reach an end (no loops without a way out).
  const canEnd = new Set(dialogue.steps.filter((s) => s.end).map((s) => s.id));
  if (canEnd.size === 0) problems.push('the dialogue has no end step');
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of dialogue.steps) {
      if (!canEnd.has(s.id) && s.choices.some((c) => c.next && canEnd.has(c.next))) {
        canEnd.add(s.id);
        grew = true;
      }
    }
  }
  for (const s of dialogue.steps) if (!canEnd.has(s.id)) problems.push(`step "${s.id}" cannot reach an end`);
  return problems;
}
