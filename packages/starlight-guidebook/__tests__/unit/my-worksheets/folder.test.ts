import { describe, expect, it } from 'vitest';
import {
  type CatalogEntry,
  clearEverything,
  folderRows,
  importEverything,
  pdfParts,
  summariseImport,
} from '../../../my-worksheets/folder.ts';
import { startRound } from '../../../worksheets/round-compare.ts';
import { allRounds } from '../../../worksheets/rounds.ts';
import {
  BACKUP_PREFIX,
  type Envelope,
  emptyEnvelope,
  fitEnvelope,
  keyFor,
  loadAll,
  save,
  stamp,
} from '../../../worksheets/storage-api.ts';
import { FakeStore, spec } from '../worksheets/helpers.ts';

/** The participant's own folder: listing, importing a whole file, clearing everything. */
const sheet = spec();
const catalog: CatalogEntry[] = [
  {
    id: 'testi',
    title: 'Testi',
    material: 'Opas',
    href: '/opas/testi/',
    pdf: '/pdf/fi/worksheets/testi.pdf',
    spec: sheet,
  },
];
const envelope = (id: string, answers: Record<string, unknown>, updatedAt: string): Envelope => ({
  ...emptyEnvelope({ ...sheet, id }),
  answers,
  updatedAt,
});

describe('folderRows', () => {
  it('lists saved worksheets with answered / total, the newest first, keeping unknown ones', () => {
    const rows = folderRows(
      [
        envelope('testi', { nimi: 'Maija', arvio: 4 }, '2026-12-01T10:00:00.000Z'),
        envelope('poistettu', { a: 'x' }, '2026-12-02T10:00:00.000Z'),
        envelope('tyhja', {}, '2026-12-03T10:00:00.000Z'),
      ],
      catalog,
    );
    expect(rows.map((r) => [r.id, r.answered, r.total, r.known])).toEqual([
      ['poistettu', 1, 1, false],
      ['testi', 2, sheet.fields.length, true],
    ]);
    expect(rows[1]?.href).toBe('/opas/testi/');
  });
});

describe('importEverything', () => {
  const here = envelope('testi', { nimi: 'Maija', kuvaus: 'täällä' }, '2026-12-01T10:00:00.000Z');
  const file = [
    envelope('testi', { nimi: 'Matti', arvio: 3 }, '2026-12-05T10:00:00.000Z'),
    envelope('muu', { a: 'tiedostosta' }, '2026-12-05T10:00:00.000Z'),
  ];
  const setUp = () => {
    const store = new FakeStore();
    save(store, here);
    save(store, envelope('koskematon', { a: 'pysyy' }, '2026-11-01T10:00:00.000Z'));
    return store;
  };
  const answersOf = (store: FakeStore, id: string) =>
    (JSON.parse(store.getItem(keyFor(id)) ?? '{}') as Envelope).answers;

  it('merge keeps both, the newer answer winning where both answered', () => {
    const store = setUp();
    expect(importEverything(store, file, catalog, 'merge')).toBe('ok');
    expect(answersOf(store, 'testi')).toEqual({ nimi: 'Matti', kuvaus: 'täällä', arvio: 3 });
    expect(answersOf(store, 'muu')).toEqual({ a: 'tiedostosta' });
    expect(answersOf(store, 'koskematon')).toEqual({ a: 'pysyy' });
  });

  it("replace puts the file's answers in place for the worksheets it has, and leaves the rest alone", () => {
    const store = setUp();
    importEverything(store, file, catalog, 'replace');
    expect(answersOf(store, 'testi')).toEqual({ nimi: 'Matti', arvio: 3 });
    expect(answersOf(store, 'koskematon')).toEqual({ a: 'pysyy' });
  });

  it('reports a full store and still tries every worksheet', () => {
    const store = setUp();
    store.full = true;
    expect(importEverything(store, file, catalog, 'merge')).toBe('quota');
  });

  it('summarises what the file has and what is here already', () => {
    expect(summariseImport(setUp(), file, catalog).worksheets).toEqual([
      { id: 'testi', title: 'Testi', existsHere: true, rounds: 1 },
      { id: 'muu', title: 'muu', existsHere: false, rounds: 1 },
    ]);
  });
});

describe('clearEverything', () => {
  it('deletes every worksheet and the unreadable data kept aside, nothing else', () => {
    const store = new FakeStore();
    save(store, envelope('testi', { nimi: 'Maija' }, '2026-12-01T10:00:00.000Z'));
    store.setItem(`${BACKUP_PREFIX}testi:2026`, '{broken');
    store.setItem('starlight-theme', 'dark');
    expect(clearEverything(store)).toBe('ok');
    expect(loadAll(store)).toEqual([]);
    expect([...store.data.keys()]).toEqual(['starlight-theme']);
  });

  it('says so when storage is not there', () => {
    expect(clearEverything(null)).toBe('unavailable');
  });
});

describe('rounds in the folder', () => {
  const repeatable = { ...sheet, repeatable: true };
  const rounded: CatalogEntry[] = [{ ...(catalog[0] as CatalogEntry), spec: repeatable }];
  const withRounds = () => {
    let env = fitEnvelope(repeatable, emptyEnvelope(repeatable, new Date('2026-09-01T00:00:00Z')));
    env = stamp(env, { arvio: 2 }, new Date('2026-09-01T10:00:00Z'));
    env = startRound(env, 'Keskivaihe', new Date('2026-10-01T00:00:00Z'), 'r-b');
    return stamp(env, { arvio: 4 }, new Date('2026-10-01T10:00:00Z'));
  };

  it('each row says how many rounds; an import summary too; importing a whole file keeps every round', () => {
    const env = withRounds();
    expect(folderRows([env], rounded)[0]?.rounds).toBe(2);
    expect(folderRows([envelope('testi', { nimi: 'x' }, '2026-12-01T10:00:00.000Z')], catalog)[0]?.rounds).toBe(1);
    const store = new FakeStore();
    expect(summariseImport(store, [env], rounded).worksheets[0]?.rounds).toBe(2);
    expect(importEverything(store, [env], rounded, 'merge')).toBe('ok');
    const back = loadAll(store)[0] as Envelope;
    expect(allRounds(back).map((r) => [r.id, r.name, r.answers])).toEqual([
      ['r1', undefined, { arvio: 2 }],
      ['r-b', 'Keskivaihe', { arvio: 4 }],
    ]);
    // In the PDF of all answers: one filled form per round, oldest first, each named.
    const row = folderRows([env], rounded)[0] as Parameters<typeof pdfParts>[0];
    expect(pdfParts(row, (r) => `${r.n} ${r.name ?? '-'} ${r.startedAt.slice(0, 10)}`)).toEqual([
      { title: '1 - 2026-09-01', answers: { arvio: 2 } },
      { title: '2 Keskivaihe 2026-10-01', answers: { arvio: 4 } },
    ]);
    const one = folderRows([envelope('testi', { nimi: 'x' }, '2026-12-01T10:00:00.000Z')], catalog)[0];
    expect(pdfParts(one as Parameters<typeof pdfParts>[0], () => 'never')).toEqual([
      { title: 'Testi', answers: { nimi: 'x' } },
    ]);
    // A second import of the same file changes nothing.
    importEverything(store, [env], rounded, 'merge');
    expect(allRounds(loadAll(store)[0] as Envelope).map((r) => r.answers)).toEqual([{ arvio: 2 }, { arvio: 4 }]);
  });
});
