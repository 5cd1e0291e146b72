import { describe, expect, it } from 'vitest';
import { addSearchKeys, keysPagefindWouldMiss } from '../../../search/page-keys.ts';
import { searchKeys } from '../../../search/search-keys.ts';
import { pagefindStemmer } from '../../../search/stemmers.ts';
import type { WordTable } from '../../../search/word-table.ts';

const table: WordTable = {
  analyser: 'test',
  forms: new Map([
    ['vakuutuksista', { lemmas: ['vakuutus'], parts: [] }],
    ['työpaikalla', { lemmas: ['työpaikka'], parts: ['paikka'] }],
    ['paikka', { lemmas: ['paikka'], parts: [] }],
    ['kokeilupaikoilla', { lemmas: ['kokeilupaikka'], parts: ['paikka'] }],
    ['on', { lemmas: ['olla'], parts: [] }],
    ['tärkeä', { lemmas: ['tärkeä'], parts: [] }],
  ]),
};
const keys = new Map([['fi', { keys: searchKeys(table) }]]);
const page = (main: string, lang = 'fi') =>
  `<html lang="${lang}"><body><main data-pagefind-body lang="${lang}">${main}</main><footer>x</footer></body></html>`;

describe('addSearchKeys', () => {
  it('adds the keys its text does not hold as a hidden block at the end of the indexed region', () => {
    const keyed = addSearchKeys(page('<p>Vakuutuksista on työpaikalla tärkeä mentori.</p>'), keys);
    expect(keyed.html).toContain(
      '<p>Vakuutuksista on työpaikalla tärkeä mentori.</p><div hidden aria-hidden="true" data-search-keys>olla paikka työpaikka vakuutus</div></main>',
    );
    expect(keyed.added).toBe(4);
    expect(keyed.html.slice(keyed.end, keyed.end + keyed.block.length)).toBe(keyed.block);
    expect(keyed.unknown).toEqual(['mentori']);
  });

  it('leaves a page alone whose locale has no table, or that has nothing to add', () => {
    const english = page('<p>Vakuutuksista</p>', 'en');
    expect(addSearchKeys(english, keys)).toEqual({ html: english, added: 0, unknown: [], block: '', end: -1 });
    const plain = page('<p>tärkeä</p>');
    expect(addSearchKeys(plain, keys).html).toBe(plain);
  });

  it('reads a page’s words without its own block: its keys are not taken for page words', () => {
    const once = addSearchKeys(page('<p>työpaikalla</p>'), keys).html;
    const blocks = addSearchKeys(once, keys).html.match(/<div hidden[^>]*data-search-keys>[^<]*<\/div>/g);
    expect(blocks).toEqual([
      '<div hidden aria-hidden="true" data-search-keys>paikka työpaikka</div>',
      '<div hidden aria-hidden="true" data-search-keys>paikka työpaikka</div>',
    ]);
  });
});

describe('keysPagefindWouldMiss (with the Finnish stemmer Pagefind uses)', () => {
  const stem = pagefindStemmer('fi') as (word: string) => string;

  it('leaves out a key whose stem a page word’s stem begins with', () => {
    // "kokeilun" and "kokeilu" stem alike; "vakuutukset" stems to "vakuutuks", not "vakuutus…".
    expect(keysPagefindWouldMiss(new Set(['kokeilu', 'vakuutus']), new Set(['kokeilun', 'vakuutukset']), stem)).toEqual(
      ['vakuutus'],
    );
  });

  it('keeps a key that a page word begins with but whose stem it does not', () => {
    // The stemmer undoubles "tt": "käyttö" stems to "käytö", which "käyttökelpois" does not begin with.
    expect(keysPagefindWouldMiss(new Set(['käyttö']), new Set(['käyttökelpoisia']), stem)).toEqual(['käyttö']);
  });

  it('keeps one of two keys with one stem, and a longer key covers the key it begins with', () => {
    expect(keysPagefindWouldMiss(new Set(['kokeilu', 'kokeilupaikka', 'kokeilut']), new Set(), stem)).toEqual([
      'kokeilupaikka',
    ]);
  });

  it('has no stemmer for a language Pagefind does not stem', () => {
    expect(pagefindStemmer('se')).toBeUndefined();
  });
});
