import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../search/search-keys.ts';
import type { WordTable } from '../../../search/word-table.ts';

const table = (rows: Record<string, [string[], string[]?]>): WordTable => ({
  analyser: 'test',
  forms: new Map(Object.entries(rows).map(([form, [lemmas, parts = []]]) => [form, { lemmas, parts }])),
});

describe('searchKeys', () => {
  it('gives a form its base form and its compound tails as page keys', () => {
    const keys = searchKeys(table({ työkokeilupaikoilla: [['työkokeilupaikka'], ['kokeilupaikka', 'paikka']] }));
    expect([...keys.pageKeys('työkokeilupaikoilla')].sort()).toEqual(['kokeilupaikka', 'paikka', 'työkokeilupaikka']);
    expect(keys.queryKey('työkokeilupaikoilla')).toBe('työkokeilupaikka');
    expect(keys.known('työkokeilupaikoilla')).toBe(true);
    expect(keys.known('muu')).toBe(false);
    expect(keys.pageKeys('muu')).toEqual([]);
  });

  it('drops a reading no form has alone when another reading is left', () => {
    // "x" reads as a or b; only a is attested on its own, so b is the analyser's rare alternative.
    const keys = searchKeys(table({ x: [['a', 'b']], y: [['a']] }));
    expect(keys.pageKeys('x')).toEqual(['a']);
  });

  it('joins base forms that share a form into one group with one key, the longest member', () => {
    const keys = searchKeys(table({ tukea: [['tuki', 'tukea']], tuen: [['tuki']], tukee: [['tukea']] }));
    expect(keys.queryKey('tuen')).toBe('tukea');
    expect(keys.queryKey('tukee')).toBe('tukea');
    expect(keys.queryKey('tukea')).toBe('tukea');
    // A base form typed as such reaches its group's key even if it is not itself a form of the site.
    expect(keys.queryKey('tuki')).toBe('tukea');
    expect(keys.pageKeys('tuen')).toEqual(['tukea']);
  });

  it('keeps all readings when none is attested alone', () => {
    const keys = searchKeys(table({ x: [['aa', 'b']] }));
    expect(keys.pageKeys('x')).toEqual(['aa']);
    expect(keys.queryKey('b')).toBe('aa');
  });

  it('lists for the browser every word whose key is another word, and no word that is its own key', () => {
    const keys = searchKeys(
      table({
        vakuutuksista: [['vakuutus']],
        vakuutus: [['vakuutus']],
        kokeilupaikoilla: [['kokeilupaikka'], ['paikka']],
      }),
    );
    expect(Object.fromEntries(keys.queryTable())).toEqual({
      vakuutuksista: 'vakuutus',
      kokeilupaikoilla: 'kokeilupaikka',
    });
  });

  it('does not know a word the analyser could not read', () => {
    const keys = searchKeys(table({ mentori: [[]] }));
    expect(keys.known('mentori')).toBe(true);
    expect(keys.queryKey('mentori')).toBeUndefined();
    expect(keys.pageKeys('mentori')).toEqual([]);
  });
});
