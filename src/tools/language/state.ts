import type { LevelIndex } from './gaps.ts';

/**
 * What the explorer remembers in the browser (localStorage only; nothing is sent anywhere).
 * The participant's own levels stay when the task changes; the demands belong to the task.
 */
export interface ExplorerState {
  format: 'vk-explorer';
  version: 1;
  /** A task id from the content, or "custom" for a task the user describes. */
  task: string;
  customName: string;
  /** What the described task involves, in the user's words. */
  customDescription: string;
  required: Record<string, LevelIndex>;
  own: Record<string, LevelIndex | null>;
  situations: string[];
}

export interface ExplorerContent {
  skills: readonly string[];
  levelCount: number;
  situations: readonly string[];
  tasks: readonly { id: string; required: Record<string, LevelIndex>; situations: readonly string[] }[];
}

export const CUSTOM = 'custom';

/** The requirement a described task starts from: the second level (A2) if there is one. */
function customDefaults(content: ExplorerContent): Record<string, LevelIndex> {
  return Object.fromEntries(content.skills.map((s) => [s, Math.min(2, content.levelCount)]));
}

/** Demands and situations of a task as the content gives them. */
export function taskDefaults(content: ExplorerContent, task: string): Pick<ExplorerState, 'required' | 'situations'> {
  const found = content.tasks.find((t) => t.id === task);
  if (!found) return { required: customDefaults(content), situations: [] };
  return { required: { ...found.required }, situations: [...found.situations] };
}

export function initialState(content: ExplorerContent): ExplorerState {
  const task = content.tasks[0]?.id ?? CUSTOM;
  return {
    format: 'vk-explorer',
    version: 1,
    task,
    customName: '',
    customDescription: '',
    ...taskDefaults(content, task),
    own: Object.fromEntries(content.skills.map((s) => [s, null])),
  };
}

/** Switches task: the demands and situations reset to the task's, the own levels stay. */
export function selectTask(state: ExplorerState, content: ExplorerContent, task: string): ExplorerState {
  const known = task === CUSTOM || content.tasks.some((t) => t.id === task);
  const next = known ? task : CUSTOM;
  return { ...state, task: next, ...taskDefaults(content, next) };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function level(x: unknown, min: number, max: number): number | undefined {
  return typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max ? x : undefined;
}

export type ParseResult = { ok: true; state: ExplorerState } | { ok: false; reason: string };

/**
 * Reads stored state. Unknown skills and situations (the content changed) are dropped from the
 * state, and values out of range fall back to the task's defaults; data that is not an explorer
 * state at all is reported, so the caller can keep it aside instead of overwriting it.
 */
export function parseState(raw: string | null, content: ExplorerContent): ParseResult {
  if (raw === null) return { ok: true, state: initialState(content) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (!isRecord(data) || data.format !== 'vk-explorer') return { ok: false, reason: 'not an explorer state' };
  if (data.version !== 1) return { ok: false, reason: `unknown version ${String(data.version)}` };
  return { ok: true, state: stateFrom(data, content) };
}

/** The state from an object of its shape; what does not fit falls back to the task's defaults. */
function stateFrom(data: Record<string, unknown>, content: ExplorerContent): ExplorerState {
  const base = initialState(content);
  const task = typeof data.task === 'string' ? data.task : base.task;
  const state = selectTask(base, content, task);
  state.customName = typeof data.customName === 'string' ? data.customName.slice(0, 200) : '';
  state.customDescription = typeof data.customDescription === 'string' ? data.customDescription.slice(0, 2000) : '';
  const required = isRecord(data.required) ? data.required : {};
  const own = isRecord(data.own) ? data.own : {};
  for (const skill of content.skills) {
    const r = level(required[skill], 1, content.levelCount);
    if (r !== undefined) state.required[skill] = r;
    const o = level(own[skill], 0, content.levelCount);
    state.own[skill] = o ?? null;
  }
  if (Array.isArray(data.situations)) {
    const known = new Set(content.situations);
    state.situations = [...new Set(data.situations.filter((s): s is string => typeof s === 'string' && known.has(s)))];
  }
  return state;
}

/**
 * The state as the engine's store keeps it: one field per choice (`task`, `required.<skill>`,
 * `own.<skill>`, …), so two tabs changing different choices both keep theirs.
 */
export function toFields(state: ExplorerState): Record<string, unknown> {
  const fields: Record<string, unknown> = Object.create(null);
  fields.task = state.task;
  if (state.customName) fields.customName = state.customName;
  if (state.customDescription) fields.customDescription = state.customDescription;
  for (const [skill, level] of Object.entries(state.required)) fields[`required.${skill}`] = level;
  for (const [skill, level] of Object.entries(state.own)) if (level !== null) fields[`own.${skill}`] = level;
  fields.situations = [...state.situations];
  return fields;
}

export function fromFields(fields: Record<string, unknown>, content: ExplorerContent): ExplorerState {
  const part = (prefix: string) =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]) => [k.slice(prefix.length), v]),
    );
  return stateFrom({ ...fields, required: part('required.'), own: part('own.') }, content);
}

export function serializeState(state: ExplorerState): string {
  return JSON.stringify(state);
}
