import { asNumber, type FieldAnswer, has, inScale, isObj } from '../shared/answer.ts';

/** Each row's step on the scale, by row id. */
export type MatrixValue = Record<string, number>;

export const answer: FieldAnswer<MatrixValue> = {
  check(f, v) {
    if (!isObj(v)) return undefined;
    const out: MatrixValue = {};
    for (const [k, x] of Object.entries(v)) {
      const n = asNumber(x);
      if (!has(f, k) || !inScale(f, n)) return undefined;
      out[k] = n;
    }
    return out;
  },
  isAnswered: (_f, m) => Object.keys(m).length > 0,
};
