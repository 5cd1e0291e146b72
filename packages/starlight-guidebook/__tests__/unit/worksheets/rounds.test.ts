import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientSpec, type SheetSpec } from '../../../worksheets/answers.ts';
import { answerText, changeSeries, roundId, startRound } from '../../../worksheets/round-compare.ts';
import { allRounds, FIRST_ROUND, parseRounds, roundCount } from '../../../worksheets/rounds.ts';
import { worksheetSchema } from '../../../worksheets/schema.ts';
import {
  decodeEnvelope,
  type Envelope,
  emptyEnvelope,
  fitEnvelope,
  keyFor,
  load,
  loadAll,
  mergeEnvelopes,
  stamp,
  writeWorksheet,
} from '../../../worksheets/storage-api.ts';
import { applyImport, makeExport, mergeLoose, parseImport, planImport } from '../../../worksheets/transfer.ts';
import { definition, FakeStore, fullAnswers, spec } from './helpers.ts';

const plain = spec();
const s: SheetSpec = { ...plain, repeatable: true };
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const at = (iso: string) => new Date(iso);

/** An envelope as saved before rounds existed (the layout in browsers today). */
function todays(answers: Record<string, unknown>, updatedAt = '2026-09-01T08:00:00.000Z'): string {
  return JSON.stringify({
    format: 1,
    worksheetId: 'testi',
    worksheetVersion: 1,
    updatedAt,
    answers,
    labels: { arvio: 'Arvio' },
    fieldTimes: Object.fromEntries(Object.keys(answers).map((k, i) => [k, Date.parse(updatedAt) - 1000 * (i + 1)])),
    title: 'Testi',
  });
}

describe('the definition', () => {
  it('is not repeatable unless it says so, and names rounds only when it is', () => {
    expect(definition().repeatable).toBe(false);
    const base = { ...definition(), repeatable: undefined };
    const named = worksheetSchema.safeParse({ ...base, roundNames: [{ fi: 'Alku', en: 'Start' }] });
    expect(named.success).toBe(false);
    expect(JSON.stringify(named.error?.issues)).toContain('roundNames needs repeatable: true');
    const ok = worksheetSchema.parse({ ...base, repeatable: true, roundNames: [{ fi: 'Alku', en: 'Start' }] });
    expect(clientSpec(ok, 'en')).toMatchObject({ repeatable: true, roundNames: ['Start'] });
    expect(clientSpec(definition(), 'fi')).not.toHaveProperty('repeatable');
    expect(worksheetSchema.safeParse({ ...base, repeatable: 'yes' }).success).toBe(false);
  });
});

describe('migration: answers saved today become round 1', () => {
  it('keeps every answer where it was, dated by the first answer, and saves the round', () => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), todays(fullAnswers));
    const res = load(store, s);
    expect(res.restored).toBe(true);
    expect(res.changed).toBe(true);
    expect(json(res.envelope.answers)).toEqual(json(fitEnvelope(plain, res.envelope).answers));
    expect(json(res.envelope.answers)).toMatchObject(
      json({ nimi: 'Maija', arvio: 4, matriisi: { r1: 0, r2: 3 } }) as object,
    );
    expect(res.envelope.round).toEqual({
      id: FIRST_ROUND,
      startedAt: new Date(Date.parse('2026-09-01T08:00:00.000Z') - 9000).toISOString(),
    });
    expect(res.envelope.rounds).toBeUndefined();
    expect(writeWorksheet(store, res.envelope).result).toBe('ok');
    const again = load(store, s);
    expect(again.changed).toBeUndefined();
    expect(json(again.envelope)).toEqual(json(res.envelope));
  });

  it('a worksheet that is not repeatable leaves the envelope as it was', () => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), todays({ nimi: 'Maija' }));
    expect(load(store, plain).envelope.round).toBeUndefined();
  });

  it('property: any answers saved today are all still there, fitted the same, in round 1', () => {
    const value = fc.oneof(
      fc.constantFrom(...Object.values(fullAnswers)),
      fc.jsonValue({ maxDepth: 2 }),
      fc.integer({ min: -2, max: 7 }),
    );
    const answers = fc.dictionary(fc.constantFrom(...plain.fields.map((f) => f.id), 'poistettu', '__proto__'), value, {
      maxKeys: 9,
    });
    fc.assert(
      fc.property(answers, (a) => {
        const store = new FakeStore();
        const text = todays(a);
        store.data.set(keyFor('testi'), text);
        const before = load(new FakeStore(), plain);
        expect(before.envelope.answers).toEqual({});
        const res = load(store, s);
        const old = decodeEnvelope(text, 'testi');
        if (!old.ok) throw new Error('today’s envelope did not read');
        const expected = fitEnvelope(plain, old.envelope);
        expect(json(res.envelope.answers)).toEqual(json(expected.answers));
        expect(json(res.envelope.removed)).toEqual(json(expected.removed));
        expect(res.envelope.round?.id).toBe(FIRST_ROUND);
        expect(roundCount(res.envelope)).toBe(1);
        // Saved and read again: the same.
        writeWorksheet(store, res.envelope);
        expect(json(load(store, s).envelope)).toEqual(json(res.envelope));
      }),
      { seed: 2201, numRuns: 150 },
    );
  });
});

describe('starting a round', () => {
  const first = (): Envelope => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), todays({ arvio: 2, nimi: 'Maija' }));
    return load(store, s).envelope;
  };

  it('keeps the current round read-only among the earlier ones and starts an empty, dated, named one', () => {
    const env = first();
    const next = startRound(env, '  Puoliväli ', at('2026-10-01T09:00:00Z'), 'r-b');
    expect(next.answers).toEqual({});
    expect(next.round).toEqual({ id: 'r-b', startedAt: '2026-10-01T09:00:00.000Z', name: 'Puoliväli' });
    expect(next.rounds).toHaveLength(1);
    expect(next.rounds?.[0]).toMatchObject({ id: FIRST_ROUND, answers: { arvio: 2, nimi: 'Maija' } });
    const third = startRound(
      stamp(next, { arvio: 4 }, at('2026-10-02T09:00:00Z')),
      '',
      at('2026-11-01T09:00:00Z'),
      'r-c',
    );
    expect(third.round).toEqual({ id: 'r-c', startedAt: '2026-11-01T09:00:00.000Z' });
    expect(allRounds(third).map((r) => r.id)).toEqual([FIRST_ROUND, 'r-b', 'r-c']);
    expect(roundCount(third)).toBe(3);
    expect(changeSeries(s, allRounds(third))).toEqual([{ label: 'Arvio', min: 1, max: 5, values: [2, 4, undefined] }]);
  });

  it('the change of matrix rows is one series per row, named by the question and the row', () => {
    const one = first();
    let env = stamp(one, { ...one.answers, matriisi: { r1: 1 } }, at('2026-09-02T00:00:00Z'));
    env = startRound(env, '', at('2026-10-01T00:00:00Z'), 'r-b');
    env = stamp(env, { matriisi: { r1: 2, r2: 3 }, arvio: 'paljon' }, at('2026-10-02T00:00:00Z'));
    const q = { ...s, fields: s.fields.map((f) => (f.id === 'arvio' ? { ...f, label: 'Miten menee?' } : f)) };
    expect(changeSeries(q, allRounds(env))).toEqual([
      // Round 1 answered 2; an answer that does not fit the scale is not drawn.
      { label: 'Miten menee?', min: 1, max: 5, values: [2, undefined] },
      { label: 'Matriisi: R1', min: 0, max: 3, values: [1, 2] },
      { label: 'Matriisi: R2', min: 0, max: 3, values: [undefined, 3] },
    ]);
  });

  it('a round started with the clock behind is still after the ones before it', () => {
    const env = startRound(first(), 'B', at('2030-01-01T00:00:00Z'), 'r-b');
    const next = startRound(env, 'C', at('2020-01-01T00:00:00Z'), 'r-c');
    expect(Date.parse(next.round?.startedAt ?? '')).toBeGreaterThan(Date.parse('2030-01-01T00:00:00Z'));
    expect(next.round?.id).toBe('r-c');
  });

  it('round ids differ between rounds started at the same moment', () => {
    const now = at('2026-10-01T09:00:00Z');
    let n = 0;
    const ids = new Set(Array.from({ length: 50 }, () => roundId(now, () => (n++ * 0.0197) % 1)));
    expect(ids.size).toBe(50);
  });

  it('answers of an earlier round read as text for its read-only view and the printed table', () => {
    const f = (id: string) => s.fields.find((x) => x.id === id) as SheetSpec['fields'][number];
    expect(answerText(f('arvio'), 4)).toBe('4 / 5');
    expect(answerText(f('arvio'), 1)).toBe('1 / 5 (huono)');
    expect(answerText(f('matriisi'), { r1: 0, r2: 3 })).toBe('R1: 0 / 3; R2: 3 / 3');
    expect(answerText(f('lista'), { checked: ['i2'], notes: { i1: 'huomio' } }, 'kyllä')).toBe('I1: huomio; I2 kyllä');
    expect(answerText(f('monta'), { selected: ['x'], other: 'muu' })).toBe('X; muu');
    expect(answerText(f('taulu'), [{ tavoite: 'Työ', pvm: '2027-01-01' }])).toBe('Työ, 2027-01-01');
    // A value that does not fit the question is still shown.
    expect(answerText(f('arvio'), 'paljon')).toBe('paljon');
  });
});

describe('merging rounds (two tabs, and saving)', () => {
  it('a tab still on round 1 keeps its late edits in round 1 when the other tab started round 2', () => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), todays({ arvio: 2 }));
    const tabA = load(store, s).envelope;
    const tabB = load(store, s).envelope;
    const started = startRound(tabA, 'Keskivaihe', at('2026-10-01T09:00:00Z'), 'r-b');
    writeWorksheet(store, started);
    // Tab B edits round 1 a moment later, not knowing of round 2.
    const edited = stamp(tabB, { arvio: 3, nimi: 'Maija' }, at('2026-10-01T09:05:00Z'));
    const { envelope } = writeWorksheet(store, edited);
    expect(envelope.round?.id).toBe('r-b');
    expect(envelope.answers).toEqual({});
    expect(envelope.rounds?.[0]).toMatchObject({ id: FIRST_ROUND, answers: { arvio: 3, nimi: 'Maija' } });
  });

  it('an envelope of the old layout saved by an old page holds the current round', () => {
    const env = startRound(
      fitEnvelope(s, emptyEnvelope(s, at('2026-09-01T00:00:00Z'))),
      'B',
      at('2026-10-01T00:00:00Z'),
      'r-b',
    );
    const { round: _r, rounds: _rs, ...old } = stamp(env, { arvio: 5 }, at('2026-10-02T00:00:00Z'));
    const merged = mergeEnvelopes(old, env);
    expect(merged.round?.id).toBe('r-b');
    expect(merged.answers).toEqual({ arvio: 5 });
    expect(merged.rounds?.map((r) => r.id)).toEqual([FIRST_ROUND]);
  });

  it('property: a merge keeps every round of both sides, each answer from its later edit', () => {
    const edit = fc.record({
      field: fc.constantFrom('arvio', 'nimi'),
      value: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.string({ maxLength: 4 })),
    });
    const history = fc.array(fc.oneof(edit, fc.constant('new' as const)), { maxLength: 8 });
    fc.assert(
      fc.property(history, history, (ha, hb) => {
        const base = fitEnvelope(s, emptyEnvelope(s, at('2026-01-01T00:00:00Z')));
        let t = Date.parse('2026-01-02T00:00:00Z');
        const play = (env: Envelope, h: typeof ha, tag: string) => {
          let e = env;
          for (const [i, step] of h.entries()) {
            t += 1000;
            e =
              step === 'new'
                ? startRound(e, tag + i, new Date(t), `r-${tag}${i}`)
                : stamp(e, { ...e.answers, [step.field]: step.value }, new Date(t));
          }
          return e;
        };
        const a = play(base, ha, 'a');
        const b = play(base, hb, 'b');
        const ab = mergeEnvelopes(a, b);
        const ba = mergeEnvelopes(b, a);
        const ids = (e: Envelope) =>
          allRounds(e)
            .map((r) => r.id)
            .sort();
        expect(ids(ab)).toEqual([...new Set([...ids(a), ...ids(b)])].sort());
        expect(ids(ba)).toEqual(ids(ab));
        // Same current round either way, the one started last.
        expect(ab.round?.id).toBe(ba.round?.id);
        // Each answer of each round comes from the side that changed it later.
        for (const r of allRounds(ab)) {
          const ra = allRounds(a).find((x) => x.id === r.id);
          const rb = allRounds(b).find((x) => x.id === r.id);
          for (const id of new Set([...Object.keys(ra?.answers ?? {}), ...Object.keys(rb?.answers ?? {})])) {
            const ta = ra?.fieldTimes?.[id] ?? 0;
            const tb = rb?.fieldTimes?.[id] ?? 0;
            const from = tb >= ta ? rb : ra;
            expect(r.answers[id]).toEqual(from?.answers[id]);
          }
        }
        // Merging again changes nothing.
        expect(json(mergeEnvelopes(ab, ab))).toEqual(json(ab));
      }),
      { seed: 2202, numRuns: 200 },
    );
  });
});

describe('rounds travel in export and import', () => {
  const threeRounds = () => {
    let env = fitEnvelope(s, emptyEnvelope(s, at('2026-09-01T00:00:00Z')));
    env = stamp(env, { arvio: 2, matriisi: { r1: 1 } }, at('2026-09-01T10:00:00Z'));
    env = startRound(env, 'Keskivaihe', at('2026-10-01T00:00:00Z'), 'r-b');
    env = stamp(env, { arvio: 3, matriisi: { r1: 2, r2: 1 } }, at('2026-10-01T10:00:00Z'));
    env = startRound(env, 'Loppu', at('2026-11-01T00:00:00Z'), 'r-c');
    return stamp(env, { arvio: 5 }, at('2026-11-01T10:00:00Z'));
  };

  it('export, clear, import: every round back, in the same order, with its name and date', () => {
    const env = threeRounds();
    const parsed = parseImport(makeExport([env], at('2026-11-02T00:00:00Z')));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(json(parsed.worksheets[0])).toEqual(json(env));
    const plan = planImport(s, fitEnvelope(s, emptyEnvelope(s)), parsed.worksheets);
    if (!plan.ok) throw new Error(plan.error);
    for (const mode of ['merge', 'replace'] as const) {
      const store = new FakeStore();
      const here = load(store, s).envelope;
      const imported = applyImport(s, here, plan.plan.mine as Envelope, mode, at('2026-11-03T00:00:00Z'));
      writeWorksheet(store, imported);
      const back = load(store, s).envelope;
      expect(allRounds(back).map((r) => [r.id, r.name, r.startedAt, json(r.answers)])).toEqual(
        allRounds(env).map((r) => [r.id, r.name, r.startedAt, json(r.answers)]),
      );
    }
  });

  it('merging a file into a device with other rounds keeps the rounds of both', () => {
    const file = threeRounds();
    let here = fitEnvelope(s, emptyEnvelope(s, at('2026-09-01T00:00:00Z')));
    here = stamp(here, { arvio: 1, nimi: 'Tällä laitteella' }, at('2026-09-02T00:00:00Z'));
    here = startRound(here, 'Oma', at('2026-09-15T00:00:00Z'), 'r-own');
    here = stamp(here, { arvio: 4 }, at('2026-09-16T00:00:00Z'));
    const merged = applyImport(s, here, fitEnvelope(s, file), 'merge', at('2026-12-01T00:00:00Z'));
    expect(allRounds(merged).map((r) => r.id)).toEqual([FIRST_ROUND, 'r-own', 'r-b', 'r-c']);
    // Round 1 is in both: where both answered, the side changed later (this device, 2 Sep) wins.
    expect(allRounds(merged)[0]?.answers).toEqual({ arvio: 1, matriisi: { r1: 1 }, nimi: 'Tällä laitteella' });
    // Replace takes the file's answers for the rounds it has and keeps the device's own round.
    const replaced = applyImport(s, here, fitEnvelope(s, file), 'replace', at('2026-12-01T00:00:00Z'));
    expect(allRounds(replaced)[0]?.answers).toEqual({ arvio: 2, matriisi: { r1: 1 } });
    expect(allRounds(replaced).map((r) => r.id)).toContain('r-own');
    // My worksheets' import of a worksheet this page has no definition for does the same.
    expect(allRounds(mergeLoose(here, file, 'merge')).map((r) => r.id)).toEqual([FIRST_ROUND, 'r-own', 'r-b', 'r-c']);
  });

  it('property: export and import give back the same rounds, whatever they hold', () => {
    const answers = fc.dictionary(
      fc.constantFrom('arvio', 'nimi', 'matriisi', 'vanha'),
      fc.jsonValue({ maxDepth: 2 }),
      {
        maxKeys: 4,
      },
    );
    const round = fc.record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      startedAt: fc.integer({ min: 1e12, max: 2e12 }).map((n) => new Date(n).toISOString()),
      updatedAt: fc.integer({ min: 1e12, max: 2e12 }).map((n) => new Date(n).toISOString()),
      name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      answers,
    });
    fc.assert(
      fc.property(fc.uniqueArray(round, { selector: (r) => r.id, maxLength: 5 }), answers, (rounds, now) => {
        const [cur, ...earlier] = rounds;
        const env = {
          ...emptyEnvelope(s, at('2026-01-01T00:00:00Z')),
          answers: now,
          ...(cur ? { round: { id: cur.id, startedAt: cur.startedAt, ...(cur.name ? { name: cur.name } : {}) } } : {}),
          ...(earlier.length ? { rounds: earlier } : {}),
        };
        const stored = decodeEnvelope(JSON.stringify(env), 'testi');
        if (!stored.ok) throw new Error(stored.error);
        const parsed = parseImport(makeExport([stored.envelope]));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(json(parsed.worksheets[0])).toEqual(json(stored.envelope));
        // Nothing of the rounds was lost on the way: readable or kept as unreadable.
        const kept = JSON.stringify(parsed.worksheets[0]);
        for (const r of earlier) expect(kept).toContain(JSON.stringify(r.id));
      }),
      { seed: 2203, numRuns: 150 },
    );
  });
});

describe('corrupt round data', () => {
  it('never breaks the page, and is kept, saved and exported as it is', () => {
    const bad = [
      { rounds: 'kierros' },
      { rounds: [{ id: 5 }, null, { id: 'ok', startedAt: '2026-01-01T00:00:00Z', updatedAt: 'x', answers: {} }] },
      { round: { id: '', startedAt: 'eilen' } },
      { rounds: { a: 1 }, unreadableRounds: 'vanha' },
    ];
    for (const extra of bad) {
      const store = new FakeStore();
      const text = JSON.stringify({ ...JSON.parse(todays({ arvio: 3 })), ...extra });
      store.data.set(keyFor('testi'), text);
      const res = load(store, s);
      expect(res.corrupt).toBeUndefined();
      expect(res.envelope.answers).toEqual({ arvio: 3 });
      expect(res.envelope.unreadableRounds?.length).toBeGreaterThan(0);
      const { envelope } = writeWorksheet(store, stamp(res.envelope, { arvio: 4 }));
      const saved = store.data.get(keyFor('testi')) ?? '';
      for (const v of Object.values(extra)) {
        const inner = Array.isArray(v) ? v : [v];
        for (const item of inner) expect(saved).toContain(JSON.stringify(item));
      }
      expect(makeExport(loadAll(store))).toContain('unreadableRounds');
      expect(envelope.answers).toEqual({ arvio: 4 });
    }
  });

  it('property: any value in the round fields reads without throwing, and all of it is kept', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }), (rounds, round) => {
        const v = { rounds, round } as Record<string, unknown>;
        const parsed = parseRounds(v);
        const kept = JSON.stringify(parsed);
        if (Array.isArray(rounds)) for (const item of rounds) expect(kept).toContain(JSON.stringify(item).slice(1, -1));
        else if (rounds !== undefined) expect(kept).toContain(JSON.stringify(rounds).slice(1, -1));
        const store = new FakeStore();
        store.data.set(keyFor('testi'), JSON.stringify({ ...JSON.parse(todays({ nimi: 'x' })), ...v }));
        const res = load(store, s);
        expect(res.corrupt).toBeUndefined();
        expect(res.envelope.answers).toEqual({ nimi: 'x' });
      }),
      { seed: 2204, numRuns: 300 },
    );
  });
});
