import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardTree, titleSize } from '../../../og/card.ts';
import { cardInput } from '../../../og/card-input.ts';
import { cardPath, cardSlug } from '../../../og/paths.ts';
import { renderCard } from '../../../og/render.ts';
import { fixtureConfig as siteConfig } from '../fixture-site.ts';

describe('card addresses', () => {
  it.each([
    ['/', '/', 'index'],
    ['/en/', '/', 'en'],
    ['/opas/roolit/', '/', 'opas/roolit'],
    ['/example/en/opas/', '/example/', 'en/opas'],
  ])('%s under base %s is %s', (pathname, base, slug) => {
    expect(cardSlug(pathname, base)).toBe(slug);
  });

  it('cards live under og/', () => expect(cardPath('en/opas')).toBe('og/en/opas.png'));
});

describe('card content', () => {
  it('takes the title from the page and the material from the address, in the page language', () => {
    const first = siteConfig.materials[0];
    if (!first) throw new Error('the site config has no materials');
    const input = cardInput('Roolit & vastuut', 'en', `en/${first.slug}/roolit`, siteConfig);
    expect(input.title).toBe('Roolit & vastuut');
    expect(input.kicker).toBe(first.title.en);
  });

  it('pages outside a material get no kicker', () => {
    expect(cardInput('Tietosuoja', 'fi', 'tietosuoja', siteConfig).kicker).toBeUndefined();
  });

  it('long titles get a smaller type size', () => {
    expect(titleSize('Lyhyt')).toBeGreaterThan(
      titleSize('Hyvin pitkä otsikko, joka ei mahdu kahdelle riville isolla kirjasinkoolla'),
    );
  });

  it('the tree carries the title text', () => {
    expect(
      JSON.stringify(
        cardTree({ title: 'Äänekäs öljy', siteName: 'S', siteUrl: 'u', accent: '#000000', accentLight: '#ffffff' }),
      ),
    ).toContain('Äänekäs öljy');
  });

  it('renders a 1200×630 PNG', async () => {
    const png = await renderCard({
      title: 'Työkokeilu – åäö',
      siteName: 'Hämeen malli',
      siteUrl: 'example.org',
      accent: '#0b5a6b',
      accentLight: '#d7eef2',
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    // The accent bar along the top, dark title text on white below it.
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x + 1) * info.channels),
    ];
    expect(at(600, 10).slice(0, 3)).toEqual([0x0b, 0x5a, 0x6b]);
    expect(at(1190, 620).slice(0, 3)).toEqual([255, 255, 255]);
    let dark = 0;
    for (let i = 0; i < data.length; i += info.channels) if ((data[i] ?? 255) < 80) dark++;
    expect(dark).toBeGreaterThan(5000);
  });
});
