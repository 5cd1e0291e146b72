import { describe, expect, it } from 'vitest';
import * as storage from '../../../worksheets/storage-api.ts';
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
} from '../../../worksheets/storage-api.ts';
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
    const { loadBackups } = await import('../../../worksheets/storage-api.ts');
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

describe('two tabs, one worksheet', () => {
  const { stamp, mergeEnvelopes, writeWorksheet } = storage;
  const base = () => ({ ...emptyEnvelope(spec(), now), answers: { nimi: 'Maija', kuvaus: 'vanha' } });

  it('each tab saving its own field keeps both: the later edit of each field wins', () => {
    const store = new FakeStore();
    save(store, base());
    const tabA = stamp(base(), { nimi: 'Maija A', kuvaus: 'vanha' }, new Date(now.getTime() + 100));
    const tabB = stamp(base(), { nimi: 'Maija', kuvaus: 'uusi B' }, new Date(now.getTime() + 300));
    expect(writeWorksheet(store, tabA).result).toBe('ok');
    const { envelope } = writeWorksheet(store, tabB);
    expect(envelope.answers).toEqual({ nimi: 'Maija A', kuvaus: 'uusi B' });
    expect(load(store, spec(), now).envelope.answers).toEqual({ nimi: 'Maija A', kuvaus: 'uusi B' });
  });

  it('an answer emptied later stays empty; one emptied earlier comes back from the later edit', () => {
    const t = (ms: number) => new Date(now.getTime() + ms);
    const cleared = stamp(base(), { nimi: 'Maija' }, t(500));
    const edited = stamp(base(), { nimi: 'Maija', kuvaus: 'muokattu' }, t(200));
    expect(mergeEnvelopes(edited, cleared).answers).toEqual({ nimi: 'Maija' });
    expect(mergeEnvelopes(cleared, stamp(base(), { nimi: 'Maija', kuvaus: 'myöhemmin' }, t(900))).answers).toEqual({
      nimi: 'Maija',
      kuvaus: 'myöhemmin',
    });
  });

  it('an envelope of the old layout (no field times) merges by its updatedAt, nothing lost', () => {
    const old = { ...base(), updatedAt: '2026-11-24T11:00:00.000Z' };
    const later = stamp(old, { nimi: 'Uusi', kuvaus: 'vanha' }, now);
    expect(mergeEnvelopes(old, later).answers).toEqual({ nimi: 'Uusi', kuvaus: 'vanha' });
    expect(mergeEnvelopes(later, old).answers).toEqual({ nimi: 'Uusi', kuvaus: 'vanha' });
  });

  it('subscribe hears this page’s writes and removals', () => {
    const store = new FakeStore();
    const heard: [string, unknown][] = [];
    const stop = storage.subscribe((key, env) => heard.push([key, env?.answers]));
    save(store, base());
    remove(store, 'testi');
    stop();
    save(store, base());
    expect(heard).toEqual([
      [keyFor('testi'), { nimi: 'Maija', kuvaus: 'vanha' }],
      [keyFor('testi'), undefined],
    ]);
  });

  it('listWorksheets names readable and unreadable worksheets', () => {
    const store = new FakeStore();
    save(store, { ...base(), title: 'Testi' });
    store.data.set(keyFor('rikki'), '{');
    expect(storage.listWorksheets(store).map((w) => [w.id, w.envelope?.title, w.error])).toEqual([
      ['rikki', undefined, 'notJson'],
      ['testi', 'Testi', undefined],
    ]);
  });
});

describe('hostile stored data', () => {
  it('prototype keys stay plain data, and the envelope saved after them reads back', () => {
    const store = new FakeStore();
    const raw = `{"format":1,"worksheetId":"testi","worksheetVersion":1,"updatedAt":"2026-11-24T12:00:00.000Z","answers":{"__proto__":{"x":"a"},"constructor":"b","nimi":"Maija"},"labels":{}}`;
    store.data.set(keyFor('testi'), raw);
    const res = load(store, spec(), now);
    expect(res.envelope.answers).toEqual({ nimi: 'Maija' });
    expect(res.envelope.removed?.map((r) => [r.id, r.label, r.value])).toEqual([
      ['__proto__', undefined, { x: 'a' }],
      ['constructor', undefined, 'b'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(save(store, storage.stamp(res.envelope, { nimi: 'Maija', kuvaus: 'lisää' }, now))).toBe('ok');
    const again = load(store, spec(), now);
    expect(again.corrupt).toBeUndefined();
    expect(again.envelope.answers).toEqual({ nimi: 'Maija', kuvaus: 'lisää' });
    expect(again.envelope.removed).toHaveLength(2);
  });

  it('data nested 10,000 deep is refused as too deep (no RangeError) and backed up', () => {
    const store = new FakeStore();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    store.data.set(keyFor('testi'), `{"format":1,"answers":{"nimi":${deep}}}`);
    const res = load(store, spec(), now);
    expect(res).toMatchObject({ corrupt: true, error: 'tooDeep' });
    expect(store.data.get(res.backupKey as string)).toContain(deep);
  });

  it('unreadable data with no room for its backup is left untouched, locked, and offered for export', () => {
    const store = new FakeStore();
    const big = `{"broken": "${'x'.repeat(100_000)}`;
    store.data.set(keyFor('testi'), big);
    store.full = true;
    const res = load(store, spec(), now);
    expect(res).toMatchObject({ corrupt: true, locked: true, raw: big });
    expect(res.backupKey).toBeUndefined();
    expect(store.data.get(keyFor('testi'))).toBe(big);
    store.full = false;
    // Even with room again, a write never goes over it.
    expect(save(store, storage.stamp(res.envelope, { nimi: 'x' }, now))).toBe('locked');
    expect(store.data.get(keyFor('testi'))).toBe(big);
    expect(storage.loadBackups(store)).toEqual([{ key: keyFor('testi'), value: big }]);
  });
});
