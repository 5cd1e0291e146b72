import { describe, expect, it } from 'vitest';
import { compoundTails } from '../../src/search/rehype-compound-parts.ts';

describe('compoundTails', () => {
  it('adds the tail of a compound from the part onwards', () => {
    expect([...compoundTails('Työkokeilun aikana työpaikkamentori auttaa.', ['kokeilu', 'mentor'])].sort()).toEqual([
      'kokeilun',
      'mentori',
    ]);
  });

  it('leaves words that start with the part alone', () => {
    expect(compoundTails('Kokeilu alkaa. Mentorointi jatkuu.', ['kokeilu', 'mentor']).size).toBe(0);
  });

  it('handles hyphenated compounds and capital letters', () => {
    expect([...compoundTails('Työ- ja KOULUTUSKOKEILU sekä koulutus-kokeilu', ['kokeilu'])]).toEqual(['kokeilu']);
  });
});
