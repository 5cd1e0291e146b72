import { describe, expect, it } from 'vitest';
import { chartPoints, checkValue, isAnswered, mergeAnswers, progress, reconcile } from '../../../worksheets/answers.ts';
import { fullAnswers, spec } from './helpers.ts';

describe('answers', () => {
  it('keeps every valid answer and counts progress', () => {
    const s = spec();
    const r = reconcile(s, fullAnswers, 1);
    expect(r.removed).toEqual([]);
    expect(r.answers).toEqual({ ...fullAnswers });
    expect(progress(s, r.answers)).toEqual({ done: 9, total: 9, requiredLeft: 0 });
    expect(progress(s, {})).toEqual({ done: 0, total: 9, requiredLeft: 1 });
  });

  it('info fields are not questions', () => {
    expect(spec().fields.map((f) => f.id)).not.toContain('ohje');
  });

  it.each([
    ['arvio', 6],
    ['arvio', 2.5],
    ['arvio', 'kolme'],
    ['pvm', '15/3/2026'],
    ['pvm', '31.2.2026'],
    ['valinta', 'z'],
    ['monta', { selected: ['nope'] }],
    ['monta', ['x']],
    ['lista', { checked: ['i1'], notes: { zz: 'x' } }],
    ['matriisi', { r1: 9 }],
    ['matriisi', { r9: 1 }],
    ['taulu', [{ tuntematon: 'x' }]],
    ['taulu', 'teksti'],
    ['nimi', 42],
  ])('a value that does not fit (%s = %j) is moved to removed answers, not dropped', (id, value) => {
    const r = reconcile(spec(), { [id]: value }, 1);
    expect(r.answers).toEqual({});
    expect(r.removed).toEqual([{ id, value, version: 1, label: expect.any(String) }]);
  });

  it.each([
    ['pvm', '15.3.2026', '2026-03-15'],
    ['pvm', '2026-3-5', '2026-03-05'],
    ['arvio', '3', 3],
    ['matriisi', { r1: '2' }, { r1: 2 }],
    ['taulu', [{ tavoite: 'x', pvm: '1.12.2026' }], [{ tavoite: 'x', pvm: '2026-12-01' }]],
  ])('a common way of writing (%s = %j) is understood, not lost', (id, value, fitted) => {
    const r = reconcile(spec(), { [id]: value }, 1);
    expect(r.answers).toEqual({ [id]: fitted });
    expect(r.removed).toEqual([]);
  });

  it('prototype keys are plain data: kept with the removed answers under their own label', () => {
    const answers = JSON.parse('{"__proto__": "a", "constructor": "b", "nimi": "Maija"}');
    const r = reconcile(spec(), answers, 1, [], {});
    expect(Object.keys(r.answers)).toEqual(['nimi']);
    expect(r.removed.map((x) => [x.id, x.value, x.label])).toEqual([
      ['__proto__', 'a', undefined],
      ['constructor', 'b', undefined],
    ]);
  });

  it('migrates: answers to fields removed in a new version are kept with their version', () => {
    const v2 = spec(2, ['kuvaus', 'matriisi']);
    const r = reconcile(v2, fullAnswers, 1);
    expect(Object.keys(r.answers).sort()).toEqual(['arvio', 'lista', 'monta', 'nimi', 'pvm', 'taulu', 'valinta']);
    expect(r.removed).toEqual([
      { id: 'kuvaus', value: fullAnswers.kuvaus, version: 1 },
      { id: 'matriisi', value: fullAnswers.matriisi, version: 1 },
    ]);
    // Migrating again keeps what was kept before.
    const again = reconcile(spec(3, ['kuvaus', 'matriisi', 'nimi']), r.answers, 2, r.removed);
    expect(again.removed.map((x) => `${x.id}@${x.version}`)).toEqual(['kuvaus@1', 'matriisi@1', 'nimi@2']);
  });

  it('empty answers hold nothing and are not counted', () => {
    const s = spec();
    const empty = { nimi: '  ', monta: { selected: [] }, lista: { checked: [], notes: {} }, matriisi: {}, taulu: [{}] };
    expect(reconcile(s, empty, 1)).toEqual({ answers: {}, removed: [] });
    for (const f of s.fields) expect(isAnswered(f, undefined)).toBe(false);
  });

  it('checkValue removes duplicates and empty notes', () => {
    const f = spec().fields.find((x) => x.id === 'lista');
    if (!f) throw new Error('no field');
    expect(checkValue(f, { checked: ['i1', 'i1'], notes: { i2: '' } })).toEqual({ checked: ['i1'], notes: {} });
  });

  it('merges field by field with the preferred side winning', () => {
    const s = spec();
    expect(mergeAnswers(s, { nimi: 'A' }, { nimi: 'B', pvm: '2026-01-01' })).toEqual({ nimi: 'A', pvm: '2026-01-01' });
  });

  it('gives chart points for scale and matrix answers', () => {
    expect(chartPoints(spec(), fullAnswers)).toEqual([
      { label: 'Arvio', value: 4, min: 1, max: 5 },
      { label: 'R1', value: 0, min: 0, max: 3 },
      { label: 'R2', value: 3, min: 0, max: 3 },
    ]);
  });
});
