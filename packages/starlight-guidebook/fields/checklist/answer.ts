import { type FieldAnswer, has, isObj, strMap } from '../shared/answer.ts';

/** The items ticked (their ids) and the notes written, by item id. */
export interface ChecklistValue {
  checked: string[];
  notes: Record<string, string>;
}

export const answer: FieldAnswer<ChecklistValue> = {
  check(f, v) {
    if (!isObj(v) || !Array.isArray(v.checked) || !v.checked.every((k) => has(f, k))) return undefined;
    const notes = v.notes === undefined ? {} : strMap(v.notes, f.keys ?? []);
    if (!notes) return undefined;
    return { checked: [...new Set(v.checked as string[])], notes };
  },
  isAnswered: (_f, c) => c.checked.length > 0 || Object.values(c.notes).some((n) => n.trim()),
};
