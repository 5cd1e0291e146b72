import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAnswered, reconcile } from '../../../worksheets/answers.ts';
import { BACKUP_PREFIX, emptyEnvelope, FORMAT, keyFor, load } from '../../../worksheets/storage.ts';
import { applyImport, FILE_FORMAT, parseImport, planImport } from '../../../worksheets/transfer.ts';
import { FakeStore, fullAnswers, spec } from './helpers.ts';

const s = spec();
const ids = s.fields.map((f) => f.id);

/** Values that are sometimes right for a field and often not. */
const value = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.integer({ min: -2, max: 7 }),
  fc.constantFrom(...Object.values(fullAnswers)),
  fc.record({ selected: fc.array(fc.constantFrom('x', 'y', 'z')), other: fc.option(fc.string(), { nil: undefined }) }),
  fc.record({
    checked: fc.array(fc.constantFrom('i1', 'i2')),
    notes: fc.dictionary(fc.constantFrom('i1', 'i2', 'q'), fc.string()),
  }),
  fc.dictionary(fc.constantFrom('r1', 'r2', 'r3'), fc.integer({ min: -1, max: 4 })),
  fc.array(fc.dictionary(fc.constantFrom('tavoite', 'pvm', 'x'), fc.string())),
);
const answers = fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string()), value);
const envelopeLike = fc.record(
  {
    format: fc.oneof(fc.constant(FORMAT), fc.anything()),
    worksheetId: fc.oneof(fc.constant('testi'), fc.string()),
    worksheetVersion: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.anything()),
    updatedAt: fc.oneof(fc.constant('2026-11-24T10:00:00.000Z'), fc.string()),
    answers: fc.oneof(answers, fc.anything()),
    removed: fc.oneof(fc.constant([]), fc.anything()),
  },
  { requiredKeys: [] },
);
const raw = fc.oneof(
  fc.string(),
  fc.json(),
  envelopeLike.map((e) => JSON.stringify(e)),
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
);

/** Every answer in `a` still answered identically, or kept among the removed answers. */
function keptAll(
  before: Record<string, unknown>,
  after: { answers: Record<string, unknown>; removed?: { id: string; value: unknown }[] },
) {
  const fits = reconcile(s, before, 1).answers;
  for (const [id, v] of Object.entries(fits)) {
    expect(after.answers[id], id).toEqual(v);
  }
  for (const [id, v] of Object.entries(before)) {
    if (id in fits || v === undefined || v === null || v === '') continue;
    const f = s.fields.find((x) => x.id === id);
    // Values that fit but hold nothing (empty strings, empty lists) need not be kept.
    if (f && reconcile(s, { [id]: v }, 1).removed.length === 0) continue;
    expect(
      after.removed?.some((r) => r.id === id && Object.is(JSON.stringify(r.value), JSON.stringify(v))),
      id,
    ).toBe(true);
  }
}

describe('property: random stored values and import files', () => {
  it('loading never throws, and stored data is never lost (kept, fitted or backed up)', () => {
    fc.assert(
      fc.property(raw, fc.boolean(), (text, full) => {
        const store = new FakeStore();
        store.data.set(keyFor('testi'), text);
        store.full = full;
        const res = load(store, s, new Date('2026-11-24T12:00:00Z'));
        const backups = [...store.data.entries()].filter(([k]) => k.startsWith(BACKUP_PREFIX));
        if (res.corrupt) {
          // The original is either still in place (locked) or byte for byte in a backup.
          if (res.locked) expect(store.data.get(keyFor('testi'))).toBe(text);
          else expect(backups).toEqual([[res.backupKey, text]]);
        } else {
          expect(store.data.get(keyFor('testi'))).toBe(text);
          const stored = JSON.parse(text) as { answers: Record<string, unknown> };
          keptAll(stored.answers, res.envelope);
        }
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('importing never throws, and merging never loses an answer that was here', () => {
    const fileLike = fc.oneof(
      raw,
      fc.array(envelopeLike).map((worksheets) => JSON.stringify({ format: FILE_FORMAT, version: 1, worksheets })),
      answers.map((a) =>
        JSON.stringify({ format: FILE_FORMAT, version: 1, worksheets: [{ ...emptyEnvelope(s), answers: a }] }),
      ),
    );
    fc.assert(
      fc.property(fileLike, answers, (text, hereRaw) => {
        const here = { ...emptyEnvelope(s), answers: reconcile(s, hereRaw, 1).answers };
        const parsed = parseImport(text);
        if (!parsed.ok) return;
        const plan = planImport(s, here, parsed.worksheets);
        if (!plan.ok || !plan.plan.mine) return;
        const merged = applyImport(s, here, plan.plan.mine, 'merge');
        for (const f of s.fields) {
          if (isAnswered(f, here.answers[f.id])) expect(isAnswered(f, merged.answers[f.id]), f.id).toBe(true);
        }
        // And nothing the file had is lost either.
        for (const f of s.fields) {
          if (isAnswered(f, plan.plan.mine.answers[f.id])) expect(isAnswered(f, merged.answers[f.id]), f.id).toBe(true);
        }
        expect(merged.removed?.length ?? 0).toBeGreaterThanOrEqual(plan.plan.mine.removed?.length ?? 0);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});
