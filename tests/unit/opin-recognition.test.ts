import fc from 'fast-check';
import { format } from 'starlight-guidebook/i18n';
import { describe, expect, it } from 'vitest';
import type { SheetSpec } from '../../packages/starlight-guidebook/worksheets/answers.ts';
import { formatDate, summariseRecognition } from '../../src/tools/studification/recognition.ts';
import { type SummaryStrings, summaryPrefix } from '../../src/tools/studification/strings.ts';
import { toolStrings } from './support/print-context.ts';

const spec: SheetSpec = {
  id: 'opin-tunnistamisraportti',
  version: 1,
  title: 'Raportti',
  fields: [
    { id: 'tyopaikka', type: 'text', label: 'Työpaikka', required: true },
    { id: 'toiminta', type: 'textarea', label: 'Toiminta', required: false },
    { id: 'pvm', type: 'date', label: 'Päivä', required: false },
    {
      id: 'tehtavat',
      type: 'table',
      label: 'Tehtävät',
      required: false,
      keys: ['tehtava', 'valineet'],
      keyLabels: ['Tehtävä', 'Välineet'],
    },
    {
      id: 'kattavuus',
      type: 'matrix',
      label: 'Osaamisalueet',
      required: false,
      keys: ['a', 'b', 'c', 'd'],
      keyLabels: ['Siivous', 'Koneet', 'Piha', 'Asiakas'],
      min: 0,
      max: 3,
      stepLabels: ['Ei', 'Vähän', 'Osittain', 'Hyvin'],
    },
    {
      id: 'edellytykset',
      type: 'checklist',
      label: 'Edellytykset',
      required: false,
      keys: ['ohjaaja', 'aika'],
      keyLabels: ['Ohjaaja nimetty', 'Aikaa ohjaukseen'],
    },
    { id: 'puutteet', type: 'textarea', label: 'Puutteet', required: false },
  ],
};

describe('summariseRecognition', () => {
  it('is empty when nothing is answered', () => {
    const s = summariseRecognition(spec, {}, 'fi');
    expect(s.empty).toBe(true);
    expect(s.coverage?.unrated).toEqual(['Siivous', 'Koneet', 'Piha', 'Asiakas']);
    expect(s.coverage?.strong).toBe(0);
  });

  it('groups competence areas by level, highest first, and counts the strong ones', () => {
    const s = summariseRecognition(spec, { kattavuus: { a: 3, b: 2, c: 0 } }, 'fi');
    expect(s.coverage?.levels).toEqual([
      { value: 3, label: 'Hyvin', areas: ['Siivous'] },
      { value: 2, label: 'Osittain', areas: ['Koneet'] },
      { value: 0, label: 'Ei', areas: ['Piha'] },
    ]);
    expect(s.coverage?.unrated).toEqual(['Asiakas']);
    expect(s.coverage?.strong).toBe(2);
    expect(s.coverage?.total).toBe(4);
  });

  it('keeps only filled table rows and trims cells', () => {
    const s = summariseRecognition(
      spec,
      { tehtavat: [{ tehtava: ' Siivous ', valineet: 'moppi' }, { tehtava: '' }, { valineet: 'kone' }] },
      'fi',
    );
    expect(s.tasks).toEqual({
      label: 'Tehtävät',
      columns: ['Tehtävä', 'Välineet'],
      rows: [
        ['Siivous', 'moppi'],
        ['', 'kone'],
      ],
    });
  });

  it('splits the checklist into ready and open, with notes', () => {
    const s = summariseRecognition(spec, { edellytykset: { checked: ['ohjaaja'], notes: { aika: 'sovitaan' } } }, 'fi');
    expect(s.conditions?.ready).toEqual([{ label: 'Ohjaaja nimetty', text: '' }]);
    expect(s.conditions?.open).toEqual([{ label: 'Aikaa ohjaukseen', text: 'sovitaan' }]);
  });

  it('shows facts and notes with dates formatted, skipping blanks', () => {
    const s = summariseRecognition(
      spec,
      { tyopaikka: 'Kiinteistöpalvelu', toiminta: '  ', pvm: '2025-03-07', puutteet: 'Ei sairaalasiivousta' },
      'fi',
    );
    expect(s.facts).toEqual([
      { label: 'Työpaikka', text: 'Kiinteistöpalvelu' },
      { label: 'Päivä', text: '7.3.2025' },
    ]);
    expect(s.notes).toEqual([{ label: 'Puutteet', text: 'Ei sairaalasiivousta' }]);
    expect(s.empty).toBe(false);
  });

  it('ignores answers that do not fit the definition', () => {
    const s = summariseRecognition(
      spec,
      { kattavuus: { a: 9 }, tehtavat: 'x', edellytykset: { checked: ['nope'] } },
      'fi',
    );
    expect(s.coverage?.levels).toEqual([]);
    expect(s.tasks).toBeUndefined();
    expect(s.conditions?.ready).toEqual([]);
  });

  it('never throws on arbitrary stored values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...spec.fields.map((f) => f.id), 'x'), fc.anything()), (answers) => {
        const s = summariseRecognition(spec, answers, 'en');
        expect(s.coverage?.total).toBe(4);
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatDate and strings', () => {
  it('formats ISO dates per language and leaves other text alone', () => {
    expect(formatDate('2025-12-01', 'fi')).toBe('1.12.2025');
    expect(formatDate('2025-12-01', 'en')).toBe('1 December 2025');
    expect(formatDate('ensi viikolla', 'fi')).toBe('ensi viikolla');
  });
  it('counts strong areas in both languages', () => {
    const strong = (lang: string) =>
      format(toolStrings<SummaryStrings>(lang, summaryPrefix).strong, { n: 3, total: 12 });
    expect(strong('fi')).toContain('3/12');
    expect(strong('en')).toBe('3 of 12 competence areas can be practised at least partly at this workplace.');
  });
});
