import { format } from 'starlight-guidebook/i18n';
import { describe, expect, it } from 'vitest';
import type { SheetSpec } from '../../packages/starlight-guidebook/worksheets/answers.ts';
import { barShare, compareRatings } from '../../src/tools/studification/progress.ts';
import { type ProgressStrings, progressPrefix } from '../../src/tools/studification/strings.ts';
import { toolStrings } from './support/print-context.ts';

const matrix = (id: string, keys = ['a', 'b', 'c']) => ({
  id,
  type: 'matrix' as const,
  label: id,
  required: false,
  keys,
  keyLabels: keys.map((k) => k.toUpperCase()),
  min: 1,
  max: 4,
  stepLabels: ['Ei vielä', 'Ohjattuna', 'Itsenäisesti', 'Neuvon muita'],
});
const spec: SheetSpec = {
  id: 's',
  version: 1,
  title: 'S',
  fields: [matrix('alussa'), matrix('lopussa'), matrix('muu', ['x'])],
};
const labels = { from: 'Alussa', to: 'Lopussa' };

describe('compareRatings', () => {
  it('pairs the rows and counts improvements among rows rated twice', () => {
    const c = compareRatings(
      spec,
      { alussa: { a: 1, b: 3 }, lopussa: { a: 3, b: 2, c: 4 } },
      'alussa',
      'lopussa',
      labels,
    );
    expect(c?.rows).toEqual([
      { label: 'A', from: 1, to: 3, change: 2 },
      { label: 'B', from: 3, to: 2, change: -1 },
      { label: 'C', to: 4 },
    ]);
    expect(c?.compared).toBe(2);
    expect(c?.improved).toBe(1);
    expect(c?.fromLabel).toBe('Alussa');
  });

  it('refuses fields that are missing, not matrices or have different rows', () => {
    expect(compareRatings(spec, {}, 'alussa', 'puuttuu', labels)).toBeUndefined();
    expect(compareRatings(spec, {}, 'alussa', 'muu', labels)).toBeUndefined();
  });

  it('ignores stored values outside the scale', () => {
    const c = compareRatings(spec, { alussa: { a: 9 }, lopussa: 'x' }, 'alussa', 'lopussa', labels);
    expect(c?.rows.every((r) => r.from === undefined && r.to === undefined)).toBe(true);
  });
});

describe('barShare and strings', () => {
  it('fills a bar step by step, never beyond 0..1', () => {
    expect(barShare(1, 1, 4)).toBe(0.25);
    expect(barShare(4, 1, 4)).toBe(1);
    expect(barShare(9, 1, 4)).toBe(1);
    expect(barShare(0, 0, 0)).toBe(1);
  });
  it('says how many areas improved', () => {
    const summary = (lang: string) =>
      format(toolStrings<ProgressStrings>(lang, progressPrefix).summary, { improved: 5, compared: 12 });
    expect(summary('fi')).toContain('Niistä 5 alueella');
    expect(summary('en')).toContain('In 5 of them');
  });
});
