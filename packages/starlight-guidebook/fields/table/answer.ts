import { type FieldAnswer, strMap } from '../shared/answer.ts';

/** The rows, each its texts by column id (dates as yyyy-mm-dd). */
export type TableValue = Record<string, string>[];

export const answer: FieldAnswer<TableValue> = {
  check(f, v) {
    if (!Array.isArray(v)) return undefined;
    const rows: TableValue = [];
    for (const row of v) {
      const r = strMap(row, f.keys ?? [], f.dateKeys);
      if (!r) return undefined;
      rows.push(r);
    }
    return rows;
  },
  isAnswered: (_f, rows) => rows.some((r) => Object.values(r).some((x) => x.trim())),
};
