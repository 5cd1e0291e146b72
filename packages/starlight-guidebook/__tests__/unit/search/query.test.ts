import { describe, expect, it } from 'vitest';
import { formsFile, formsTable, primaryLanguage, rewriteQuery } from '../../../search/query.ts';

describe('the browser table of word forms', () => {
  const table = new Map([
    ['vakuutuksista', 'vakuutus'],
    ['vakuutukset', 'vakuutus'],
    ['työpaikalla', 'työpaikka'],
  ]);

  it('groups words by key and reads back to the same map', () => {
    const file = formsFile(table);
    expect(file).toEqual({ vakuutus: 'vakuutukset vakuutuksista', työpaikka: 'työpaikalla' });
    expect(formsTable(file)).toEqual(table);
  });

  it('rewrites known words to their keys, whatever their case, and keeps everything else as typed', () => {
    expect(rewriteQuery('Vakuutuksista', table, 'fi')).toBe('vakuutus');
    expect(rewriteQuery('"työpaikalla" ja vakuutukset?', table, 'fi')).toBe('"työpaikka" ja vakuutus?');
    expect(rewriteQuery('insurance claims 2025', table, 'fi')).toBe('insurance claims 2025');
  });

  it('reads the primary language of a lang attribute', () => {
    expect(primaryLanguage('fi-FI')).toBe('fi');
    expect(primaryLanguage('EN')).toBe('en');
    expect(primaryLanguage(undefined)).toBe('');
  });
});
