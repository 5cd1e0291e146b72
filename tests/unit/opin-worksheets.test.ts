import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientSpec } from '../../packages/starlight-guidebook/worksheets/answers.ts';
import { parseWorksheet } from '../../packages/starlight-guidebook/worksheets/load.ts';

const ids = ['opin-itsearviointi', 'opin-todisteloki', 'opin-tunnistamisraportti'];

function load(id: string) {
  const file = `content/worksheets/${id}.yaml`;
  const parsed = parseWorksheet(file, readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.definition;
}

describe('studification worksheets', () => {
  it.each(ids)('%s is valid, belongs to the material and is fully translated', (id) => {
    const def = load(id);
    expect(def.material).toBe('opinnollistaminen');
    const texts = JSON.stringify(def);
    // Every Finnish text has an English twin.
    expect((texts.match(/"fi":/g) ?? []).length).toBe((texts.match(/"en":/g) ?? []).length);
  });

  it('self-assessment rates the same rows at the start and before the demonstration', () => {
    const spec = clientSpec(load('opin-itsearviointi'), 'fi');
    const start = spec.fields.find((f) => f.id === 'alussa');
    const end = spec.fields.find((f) => f.id === 'lopussa');
    expect(start?.type).toBe('matrix');
    expect(end?.keys).toEqual(start?.keys);
  });

  it('recognition report has the fields its summary reads', () => {
    const spec = clientSpec(load('opin-tunnistamisraportti'), 'en');
    const types = Object.fromEntries(spec.fields.map((f) => [f.id, f.type]));
    expect(types).toMatchObject({
      tyopaikka: 'text',
      tehtavat: 'table',
      kattavuus: 'matrix',
      'muut-alueet': 'table',
      edellytykset: 'checklist',
      puutteet: 'textarea',
    });
  });
});
