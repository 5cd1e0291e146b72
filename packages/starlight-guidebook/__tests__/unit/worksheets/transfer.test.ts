import { describe, expect, it } from 'vitest';
import { type Envelope, emptyEnvelope, FORMAT } from '../../../worksheets/storage.ts';
import {
  applyImport,
  exportName,
  FILE_FORMAT,
  FILE_VERSION,
  makeExport,
  mergeLoose,
  parseImport,
  planImport,
} from '../../../worksheets/transfer.ts';
import { fullAnswers, spec } from './helpers.ts';

const at = (iso: string, answers: Envelope['answers'], id = 'testi'): Envelope => ({
  format: FORMAT,
  worksheetId: id,
  worksheetVersion: 1,
  updatedAt: iso,
  answers,
  removed: [],
});

describe('export and import', () => {
  it('round trip: what is exported is imported unchanged', () => {
    const env = at('2026-11-24T10:00:00.000Z', { ...fullAnswers });
    const other = at('2026-11-20T10:00:00.000Z', { x: 'y' }, 'toinen');
    const text = makeExport([env, other], new Date('2026-11-24T12:00:00Z'));
    const parsed = parseImport(text);
    expect(parsed).toEqual({ ok: true, worksheets: [env, other] });
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: '2026-11-24T12:00:00.000Z' });
  });

  it('names files by worksheet and date', () => {
    expect(exportName('testi', new Date(2026, 10, 4))).toBe('vastaukset-testi-2026-11-04.json');
  });

  it.each([
    ['', 'notJson'],
    ['{"a":', 'notJson'],
    ['[1,2]', 'notAnswers'],
    ['{"hello":"world"}', 'notAnswers'],
    [JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION + 1, worksheets: [] }), 'newerFormat'],
    [
      JSON.stringify({
        format: FILE_FORMAT,
        version: 1,
        worksheets: [{ ...at('2026-01-01T00:00:00Z', {}), format: FORMAT + 1 }],
      }),
      'newerFormat',
    ],
    [JSON.stringify({ format: FILE_FORMAT, version: 1, worksheets: 'x' }), 'invalid'],
    [JSON.stringify({ format: FILE_FORMAT, version: 1, worksheets: [{ worksheetId: 'testi' }] }), 'invalid'],
    [JSON.stringify({ format: FILE_FORMAT, version: 1, worksheets: [] }), 'empty'],
    ['x'.repeat(5_000_001), 'tooLarge'],
  ])('rejects a malformed file %#', (text, error) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(error);
  });

  it('accepts a bare envelope', () => {
    const env = at('2026-11-24T10:00:00.000Z', { nimi: 'A' });
    expect(parseImport(JSON.stringify(env))).toEqual({ ok: true, worksheets: [env] });
  });

  it('a file for another worksheet is refused with its id', () => {
    const r = planImport(spec(), emptyEnvelope(spec()), [at('2026-11-24T10:00:00Z', {}, 'toinen')]);
    expect(r).toEqual({ ok: false, error: 'otherWorksheet', detail: 'toinen' });
  });

  it('tells whether the file is newer or older than what is here', () => {
    const here = at('2026-11-24T10:00:00.000Z', { nimi: 'Täällä' });
    const newer = planImport(spec(), here, [at('2026-11-25T10:00:00.000Z', { nimi: 'Tiedosto', pvm: '2026-01-01' })]);
    expect(newer.ok && newer.plan.newer).toBe(1);
    expect(newer.ok && newer.plan.answered).toBe(2);
    const older = planImport(spec(), here, [at('2026-11-23T10:00:00.000Z', { nimi: 'Tiedosto' })]);
    expect(older.ok && older.plan.newer).toBe(-1);
  });

  it('merge keeps both sides, newer wins on conflicts; replace takes the file', () => {
    const s = spec();
    const here = at('2026-11-24T10:00:00.000Z', { nimi: 'Täällä', kuvaus: 'vain täällä' });
    const file = at('2026-11-25T10:00:00.000Z', { nimi: 'Tiedosto', pvm: '2026-01-01' });
    const now = new Date('2026-11-26T00:00:00Z');
    expect(applyImport(s, here, file, 'merge', now).answers).toEqual({
      nimi: 'Tiedosto',
      kuvaus: 'vain täällä',
      pvm: '2026-01-01',
    });
    expect(applyImport(s, here, file, 'replace', now).answers).toEqual(file.answers);
    const olderFile = { ...file, updatedAt: '2026-11-01T00:00:00.000Z' };
    expect(applyImport(s, here, olderFile, 'merge', now).answers.nimi).toBe('Täällä');
  });

  it('an imported file of an older definition is migrated, keeping removed answers', () => {
    const s = spec(2, ['kuvaus']);
    const file = at('2026-11-25T10:00:00.000Z', { kuvaus: 'vanha kysymys', nimi: 'A' });
    const r = planImport(s, emptyEnvelope(s), [file]);
    expect(r.ok && r.plan.mine?.removed).toEqual([{ id: 'kuvaus', value: 'vanha kysymys', version: 1 }]);
    expect(r.ok && r.plan.mine?.answers).toEqual({ nimi: 'A' });
  });

  it('mergeLoose keeps answers of both for worksheets not on this page', () => {
    const a = at('2026-11-24T10:00:00.000Z', { x: 1, y: 2 }, 'muu');
    const b = at('2026-11-25T10:00:00.000Z', { y: 3 }, 'muu');
    expect(mergeLoose(a, b, 'merge').answers).toEqual({ x: 1, y: 3 });
    expect(mergeLoose(undefined, b, 'merge')).toEqual(b);
    const replaced = mergeLoose(a, b, 'replace', new Date('2026-11-26T10:00:00.000Z'));
    expect(replaced.answers).toEqual({ y: 3 });
    // Both fields changed now, so saving (a merge with what is stored) keeps the replacement.
    expect(replaced.fieldTimes).toEqual({
      x: Date.parse('2026-11-26T10:00:00.000Z'),
      y: Date.parse('2026-11-26T10:00:00.000Z'),
    });
  });
});
