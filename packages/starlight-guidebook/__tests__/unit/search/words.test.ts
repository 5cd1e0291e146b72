import { describe, expect, it } from 'vitest';
import { indexedRegion, wordsOf } from '../../../search/words.ts';

describe('wordsOf', () => {
  it('lowercases runs of letters and digits, splits at hyphens and apostrophes, drops numbers', () => {
    expect(wordsOf('Työ- ja KOULUTUSKOKEILU, TE-palvelut 2025 ja EU:n te24', 'fi')).toEqual([
      'työ',
      'ja',
      'koulutuskokeilu',
      'te',
      'palvelut',
      'ja',
      'eu',
      'n',
      'te24',
    ]);
  });
});

const page = (main: string, lang = 'fi') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Otsikko</title></head><body><nav>Valikko</nav><main data-pagefind-body>${main}</main><footer>Alatunniste</footer></body></html>`;

describe('indexedRegion', () => {
  it('reads only the data-pagefind-body element, with its language and where it closes', () => {
    const html = page('<h1>Vakuutukset</h1><p>Teksti</p>');
    const region = indexedRegion(html);
    expect(region?.lang).toBe('fi');
    expect(wordsOf(region?.text ?? '', 'fi')).toEqual(['vakuutukset', 'teksti']);
    expect(html.slice(region?.end)).toMatch(/^<\/main>/);
  });

  it('leaves out what Pagefind leaves out, and the engine’s own hidden blocks', () => {
    const region = indexedRegion(
      page(
        '<p>näkyvä</p><div data-pagefind-ignore>ohitettu</div><label>nimilappu</label><form><p>lomake</p></form>' +
          '<noscript>varakopio</noscript><script>koodi()</script><style>p{}</style><svg><text>kuva</text></svg>' +
          '<div hidden data-search-keys>avain</div><div hidden data-compound-parts>osa</div>',
      ),
    );
    expect(wordsOf(region?.text ?? '', 'fi')).toEqual(['näkyvä']);
  });

  it('separates words where Pagefind does (blocks, br) and joins them where it does not (inline elements)', () => {
    const region = indexedRegion(
      page('<p>työ<b>kokeilu</b></p><p>eka</p><p>toka<br>kolmas</p><span>yksi</span><span>kaksi</span>'),
    );
    expect(wordsOf(region?.text ?? '', 'fi')).toEqual(['työkokeilu', 'eka', 'toka', 'kolmas', 'yksikaksi']);
  });

  it('decodes character references', () => {
    expect(indexedRegion(page('<p>Työ&shy;paikka &amp; s&#228;&#xE4;nnöt</p>'))?.text).toContain('Työpaikka & säännöt');
  });

  it('is undefined for a page without a body region; the region’s own lang wins', () => {
    expect(indexedRegion('<html lang="fi"><body><p>x</p></body></html>')).toBeUndefined();
    expect(indexedRegion('<html lang="fi"><body><main data-pagefind-body lang="en">x</main></body></html>')?.lang).toBe(
      'en',
    );
  });
});
