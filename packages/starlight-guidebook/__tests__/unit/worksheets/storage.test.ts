import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  emptyEnvelope,
  FORMAT,
  keyFor,
  load,
  loadAll,
  parseEnvelope,
  remove,
  save,
} from '../../../worksheets/storage.ts';
import { FakeStore, fullAnswers, spec } from './helpers.ts';

const now = new Date('2026-11-24T12:05:00.000Z');
const envelope = (answers: unknown = fullAnswers, version = 1) => ({
  format: FORMAT,
  worksheetId: 'testi',
  worksheetVersion: version,
  updatedAt: '2026-11-24T12:00:00.000Z',
  answers,
});

describe('storage', () => {
  it('saves and loads a round trip under one key per worksheet', () => {
    const store = new FakeStore();
    const env = { ...emptyEnvelope(spec(), now), answers: { ...fullAnswers } };
    expect(save(store, env)).toBe('ok');
    expect([...store.data.keys()]).toEqual([keyFor('testi')]);
    const res = load(store, spec(), now);
    expect(res).toEqual({ envelope: env, restored: true });
  });

  it('an empty store gives an empty envelope without problems', () => {
    expect(load(new FakeStore(), spec(), now)).toEqual({ envelope: emptyEnvelope(spec(), now) });
  });

  it.each([
    ['not JSON', '{nope'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['another worksheet', JSON.stringify({ ...envelope(), worksheetId: 'muu' })],
    ['a newer format', JSON.stringify({ ...envelope(), format: FORMAT + 1 })],
    ['answers not an object', JSON.stringify(envelope([1, 2]))],
    ['bad date', JSON.stringify({ ...envelope(), updatedAt: 'eilen' })],
    ['bad removed list', JSON.stringify({ ...envelope(), removed: 'x' })],
  ])('corrupt data (%s) is moved to a backup key and reported', (_what, raw) => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), raw);
    const res = load(store, spec(), now);
    expect(res.corrupt).toBe(true);
    expect(res.locked).toBeUndefined();
    expect(res.backupKey).toBe(`${BACKUP_PREFIX}testi:${now.toISOString()}`);
    expect(store.data.get(res.backupKey as string)).toBe(raw);
    expect(store.data.has(keyFor('testi'))).toBe(false);
    expect(res.envelope.answers).toEqual({});
  });

  it('corrupt data that cannot be backed up (storage full) is left in place and the page must not overwrite it', () => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), '{broken');
    store.full = true;
    const res = load(store, spec(), now);
    expect(res).toMatchObject({ corrupt: true, locked: true });
    expect(store.data.get(keyFor('testi'))).toBe('{broken');
  });

  it('migrates an older version and keeps answers to removed questions', () => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), JSON.stringify(envelope(fullAnswers, 1)));
    const res = load(store, spec(2, ['kuvaus']), now);
    expect(res.changed).toBe(true);
    expect(res.envelope.worksheetVersion).toBe(2);
    expect(res.envelope.answers.kuvaus).toBeUndefined();
    expect(res.envelope.removed).toEqual([{ id: 'kuvaus', value: fullAnswers.kuvaus, version: 1 }]);
  });

  it('a removed question keeps the label it had when it was answered', async () => {
    const { labelsOf } = await import('../../../worksheets/answers.ts');
    const store = new FakeStore();
    const env = { ...envelope(fullAnswers, 1), labels: labelsOf(spec(), fullAnswers) };
    store.data.set(keyFor('testi'), JSON.stringify(env));
    const res = load(store, spec(2, ['kuvaus']), now);
    expect(res.envelope.removed).toEqual([{ id: 'kuvaus', label: 'Kuvaus', value: fullAnswers.kuvaus, version: 1 }]);
    // Unreadable labels are dropped, the answers are still read.
    store.data.set(keyFor('testi'), JSON.stringify({ ...envelope({ nimi: 'A' }), labels: { nimi: 5 } }));
    expect(load(store, spec(), now).envelope.answers).toEqual({ nimi: 'A' });
  });

  it('reports a full store (quota) and disabled storage on save', () => {
    const env = emptyEnvelope(spec(), now);
    const full = new FakeStore();
    full.full = true;
    expect(save(full, env)).toBe('quota');
    const off = new FakeStore();
    off.disabled = true;
    expect(save(off, env)).toBe('unavailable');
    expect(save(null, env)).toBe('unavailable');
    expect(remove(off, 'testi')).toBe('unavailable');
  });

  it('disabled storage loads as unavailable, without throwing', () => {
    const off = new FakeStore();
    off.disabled = true;
    expect(load(off, spec(), now)).toEqual({ envelope: emptyEnvelope(spec(), now), unavailable: true });
    expect(load(null, spec(), now).unavailable).toBe(true);
    expect(loadAll(off)).toEqual([]);
  });

  it('loadAll lists readable envelopes only', () => {
    const store = new FakeStore();
    store.data.set(keyFor('testi'), JSON.stringify(envelope()));
    store.data.set(keyFor('rikki'), '{');
    store.data.set('muu-sovellus', JSON.stringify(envelope()));
    expect(loadAll(store).map((e) => e.worksheetId)).toEqual(['testi']);
  });

  it('parseEnvelope checks the id when asked', () => {
    expect(parseEnvelope(envelope(), 'testi')?.worksheetId).toBe('testi');
    expect(parseEnvelope(envelope(), 'muu')).toBeUndefined();
  });
});

describe('backups', () => {
  it('loadBackups lists data moved aside, and export carries it along', async () => {
    const { makeExport, parseImport } = await import('../../../worksheets/transfer.ts');
    const { loadBackups } = await import('../../../worksheets/storage.ts');
    const store = new FakeStore();
    store.data.set(keyFor('testi'), '{broken');
    load(store, spec(), now);
    const backups = loadBackups(store);
    expect(backups).toEqual([{ key: `${BACKUP_PREFIX}testi:${now.toISOString()}`, value: '{broken' }]);
    const text = makeExport([], now, backups);
    expect(JSON.parse(text).backups).toEqual(backups);
    // A file with only backups has no answers to import, and says so.
    expect(parseImport(text)).toEqual({ ok: false, error: 'empty' });
    const off = new FakeStore();
    off.disabled = true;
    expect(loadBackups(off)).toEqual([]);
  });
});
