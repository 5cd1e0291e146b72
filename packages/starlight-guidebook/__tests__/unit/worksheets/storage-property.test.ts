import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../worksheets/answers.ts';
import {
  type Envelope,
  emptyEnvelope,
  keyFor,
  load,
  mergeEnvelopes,
  stamp,
  writeWorksheet,
} from '../../../worksheets/storage.ts';
import { decodeFile, parseImport } from '../../../worksheets/transfer.ts';
import { FakeStore, spec } from './helpers.ts';

const s = spec();
const ids = s.fields.map((f) => f.id);
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', ...ids),
  fc.string({ maxLength: 8 }),
);
/** JSON text of a value: plain, nested up to 20,000 deep, or over a megabyte long. */
const valueText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 5000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.constant(JSON.stringify('x'.repeat(1_200_000))),
);
/** JSON text of an object whose keys may be `__proto__` and the like (JSON.stringify would drop it). */
const objectText = (key: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(key, value), { maxLength: 6 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);
const envelopeText = fc
  .record({ answers: objectText(hostileKey, valueText), labels: objectText(hostileKey, valueText) })
  .map(
    ({ answers, labels }) =>
      `{"format":1,"worksheetId":"testi","worksheetVersion":1,"updatedAt":"2026-11-24T10:00:00.000Z","answers":${answers},"labels":${labels}}`,
  );

describe('property: hostile stored envelopes', () => {
  it('reading never throws or touches Object.prototype; data is kept, backed up or left untouched', () => {
    fc.assert(
      fc.property(envelopeText, fc.boolean(), (text, full) => {
        const store = new FakeStore();
        store.data.set(keyFor('testi'), text);
        store.full = full;
        const res = load(store, s);
        expect(Object.keys(Object.prototype)).toEqual([]);
        if (res.corrupt) {
          if (res.locked) expect(store.data.get(keyFor('testi'))).toBe(text);
          else expect(store.data.get(res.backupKey as string)).toBe(text);
          return;
        }
        // Every stored answer is in the answers or among the removed ones, under its own id.
        const stored = JSON.parse(text, function (this: unknown, _k, v) {
          return v;
        }) as { answers: Record<string, unknown> };
        for (const id of Object.keys(stored.answers)) {
          const v = stored.answers[id];
          if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
          const kept = Object.hasOwn(res.envelope.answers, id) || res.envelope.removed?.some((r) => r.id === id);
          const emptyFit = res.envelope.removed?.every((r) => r.id !== id) && !Object.hasOwn(res.envelope.answers, id);
          if (!kept && emptyFit) {
            // Only values that fit the field and hold nothing (an empty selection, say) may go.
            expect(JSON.stringify(v).length, id).toBeLessThan(60);
          }
          for (const r of res.envelope.removed ?? []) expect(typeof (r.label ?? ''), r.id).toBe('string');
        }
        // What is loaded can be saved and read back.
        store.full = false;
        const saved = writeWorksheet(store, res.envelope).result;
        expect(['ok', 'quota']).toContain(saved);
        expect(load(store, s).corrupt).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});

/** One tab as the worksheet page keeps it: answers in memory, saved with a merge, told of others' saves. */
class Tab {
  env: Envelope = emptyEnvelope(s);
  constructor(readonly store: FakeStore) {}
  edit(id: string, value: string, at: number) {
    const answers: Answers = { ...this.env.answers };
    if (value) answers[id] = value;
    else delete answers[id];
    this.env = stamp(this.env, answers, new Date(at));
  }
  save() {
    this.env = writeWorksheet(this.store, this.env).envelope;
  }
  /** The `storage` event of another tab's save (it may come late, or be missed). */
  hear() {
    const raw = this.store.data.get(keyFor('testi'));
    if (raw) this.env = mergeEnvelopes(JSON.parse(raw) as Envelope, this.env);
  }
}

describe('property: two tabs typing at once', () => {
  const op = fc.record({
    tab: fc.constantFrom(0, 1),
    field: fc.constantFrom('nimi', 'kuvaus', 'pvm'),
    value: fc.oneof(fc.stringMatching(/^[a-zäö]{1,5}$/), fc.constant('')),
    save: fc.boolean(),
    hear: fc.boolean(),
  });
  it('after both save, every field holds its last edit, in storage and in both tabs', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const store = new FakeStore();
        const tabs = [new Tab(store), new Tab(store)] as const;
        const last: Record<string, string> = {};
        ops.forEach((o, i) => {
          const tab = tabs[o.tab];
          const value = o.field === 'pvm' && o.value ? `2026-03-${10 + o.value.length}` : o.value;
          // Typing that leaves the box as it was is no edit (the page gets no input event).
          if ((tab.env.answers[o.field] ?? '') === value) return;
          tab.edit(o.field, value, 1_800_000_000_000 + i);
          last[o.field] = value;
          if (o.save) tab.save();
          if (o.hear) tabs[1 - o.tab]?.hear();
        });
        for (const tab of tabs) tab.save();
        for (const tab of tabs) tab.hear();
        const want = Object.fromEntries(Object.entries(last).filter(([, v]) => v !== ''));
        expect(load(store, s).envelope.answers).toEqual(want);
        for (const tab of tabs) expect({ ...tab.env.answers }).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: import files in any encoding', () => {
  const encoders: Record<string, (text: string) => Uint8Array | undefined> = {
    utf8: (t) => new TextEncoder().encode(t),
    utf8Bom: (t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]),
    utf16le: (t) => utf16(t, true, false),
    utf16leBom: (t) => utf16(t, true, true),
    utf16be: (t) => utf16(t, false, false),
    utf16beBom: (t) => utf16(t, false, true),
    // Latin-1 letters (0xC0–0xFF); 0x80–0xBF are signs Windows-1252 reads otherwise, or that could
    // pass for UTF-8 after a letter, which no decoder can tell apart.
    latin1: (t) =>
      [...t].every((c) => c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= 0xc0 && c.charCodeAt(0) < 256))
        ? Uint8Array.from(t, (c) => c.charCodeAt(0))
        : undefined,
  };
  const text = fc.string({
    unit: fc.oneof(fc.constantFrom(...'abc äöåÄÖÅéü"\\'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
  });
  it('a file is read as what it is, or refused: never read into different letters', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...Object.keys(encoders)), (answer, how) => {
        const json = JSON.stringify({
          format: 'guidebook-answers',
          version: 1,
          worksheets: [{ ...emptyEnvelope(s), answers: { nimi: answer } }],
        });
        const bytes = encoders[how]?.(json);
        if (!bytes) return;
        const decoded = decodeFile(bytes);
        expect(decoded.ok, how).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.text).toBe(json);
        const parsed = parseImport(decoded.text);
        expect(parsed.ok && parsed.worksheets[0]?.answers.nimi).toBe(answer);
      }),
      { numRuns: 2000 },
    );
  });
});

function utf16(text: string, little: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, little);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), little);
  return out;
}
