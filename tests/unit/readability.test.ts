import type { Root } from 'mdast';
import { parseMdx } from 'starlight-guidebook/print';
import { describe, expect, it } from 'vitest';
import {
  measure,
  measureFile,
  PARTICIPANT_PAGES,
  pageIn,
  partOf,
  sentencesOf,
  textBlocks,
} from '../../scripts/readability.ts';

/**
 * Plain language for the participant: the entry page, the pages it leads to and their parts written
 * for the participant stay under a ceiling of long words (13 letters or more) and sentence length.
 * The Finnish guide pages written for professionals have 7–13 % long words and 9–10 words a
 * sentence; the plain parts were written to about half of that.
 */
const ceiling = {
  fi: { longShare: 0.09, sentenceLength: 7 },
  en: { longShare: 0.03, sentenceLength: 10 },
} as const;

describe('the measure', () => {
  it('counts a word of 13 letters or more as long, hyphens and digits not as letters', () => {
    const r = measure(['Työllisyysalue auttaa sinua.', 'Walk-in-koulutuskokeilu on 16–64-vuotiaille.']);
    expect(r.words).toBe(6);
    // Työllisyysalue (14 letters) and Walk-in-koulutuskokeilu (21); not 16–64-vuotiaille (10).
    expect(r.longShare).toBeCloseTo(2 / 6);
  });

  it('ends a sentence at a full stop before a capital, and at the end of its block', () => {
    expect(sentencesOf('Kerro heti. Kela maksaa 9 e/pv. Mitä nyt? Esim. jotain')).toEqual([
      'Kerro heti.',
      'Kela maksaa 9 e/pv.',
      'Mitä nyt?',
      'Esim. jotain',
    ]);
    expect(measure(['Yksi kaksi kolme. Neljä viisi', 'Kuusi']).sentenceLength).toBeCloseTo(2);
  });

  it('reads paragraphs, list items, table cells and asides, not imports, code or the small print of sources', () => {
    const { tree } = parseMdx(
      [
        "import X from 'x';",
        '',
        '## Osa',
        '',
        'Teksti yksi.',
        '',
        '- kohta',
        '',
        '| a | b |',
        '|---|---|',
        '| c | d |',
        '',
        '<Aside title="Laatikko">',
        'Sisältö.',
        '</Aside>',
        '',
        '<small>Lähteet: pitkä lähdeluettelo.</small>',
        '',
        '## Toinen',
        '',
        'Muuta.',
      ].join('\n'),
      'x.mdx',
    );
    expect(textBlocks(tree.children as never)).toEqual([
      'Osa',
      'Teksti yksi.',
      'kohta',
      'a',
      'b',
      'c',
      'd',
      'Sisältö.',
      'Toinen',
      'Muuta.',
    ]);
    expect(textBlocks(partOf(tree as Root, 'Osa') ?? [])).not.toContain('Muuta.');
    expect(textBlocks(partOf(tree as Root, 'Laatikko') ?? [])).toEqual(['Sisältö.']);
    expect(partOf(tree as Root, 'Ei ole')).toBeUndefined();
  });

  it('a guide page written for professionals is over the Finnish ceiling (the ceiling can fail)', () => {
    const r = measureFile('content/docs/opas/kokeilun-kulku.mdx');
    expect(r.longShare > ceiling.fi.longShare || r.sentenceLength > ceiling.fi.sentenceLength).toBe(true);
  });
});

describe("the participant's pages in plain language", () => {
  const rows = PARTICIPANT_PAGES.flatMap((page) =>
    (['fi', 'en'] as const).map((lang) => [lang, pageIn(page, lang).file, pageIn(page, lang).part] as const),
  );

  it.each(rows)('%s %s (%s) stays under the plain-language ceiling', (lang, file, part) => {
    const r = measureFile(file, part);
    expect(r.words, 'the part has text').toBeGreaterThan(30);
    expect(r.longShare, 'share of words of 13+ letters').toBeLessThanOrEqual(ceiling[lang].longShare);
    expect(r.sentenceLength, 'words per sentence').toBeLessThanOrEqual(ceiling[lang].sentenceLength);
  });
});
