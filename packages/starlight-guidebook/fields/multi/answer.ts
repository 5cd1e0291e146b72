import { type FieldAnswer, has, isObj, isStr } from '../shared/answer.ts';

/** The options ticked (their ids) and the "other" answer's text, if the field has one. */
export interface MultiValue {
  selected: string[];
  other?: string;
}

export const answer: FieldAnswer<MultiValue> = {
  check(f, v) {
    if (!isObj(v) || !Array.isArray(v.selected) || !v.selected.every((k) => has(f, k))) return undefined;
    if (v.other !== undefined && (!isStr(v.other) || !f.other)) return undefined;
    const out: MultiValue = { selected: [...new Set(v.selected as string[])] };
    if (v.other) out.other = v.other as string;
    return out;
  },
  isAnswered: (_f, m) => m.selected.length > 0 || !!m.other?.trim(),
};
