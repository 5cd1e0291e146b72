import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../../../build/package-version.ts';
import { cardKey, drawingHash, drawingPackages } from '../../../og/cache-key.ts';
import type { CardInput } from '../../../og/card.ts';
import { pdfPackages } from '../../../pdf/cache.ts';

const input: CardInput = {
  title: 'Mentorin tehtävät',
  kicker: 'Mentorointimalli',
  siteName: 'Hämeen malli',
  siteUrl: 'example.org',
  accent: '#0b5a6b',
  accentLight: '#d7eef2',
};

describe('social card cache key', () => {
  it('is the same for the same card and differs when anything shown differs', () => {
    expect(cardKey({ ...input })).toBe(cardKey(input));
    expect(cardKey({ ...input, title: 'Mentorin tehtävät.' })).not.toBe(cardKey(input));
    expect(cardKey({ ...input, kicker: undefined })).not.toBe(cardKey(input));
    expect(cardKey({ ...input, accent: '#000000' })).not.toBe(cardKey(input));
  });

  it('includes how cards are drawn, not only what they show', () => {
    expect(drawingHash()).toMatch(/^[0-9a-f]{24}$/);
    expect(cardKey(input)).not.toBe(drawingHash());
  });
});

describe('package versions in cache keys', () => {
  it.each([...new Set([...drawingPackages, ...pdfPackages])])('%s resolves to its installed version', (name) => {
    const manifest = JSON.parse(
      readFileSync(new URL(`../../../../../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
    ) as { version: string };
    expect(packageVersion(name, import.meta.url)).toBe(manifest.version);
  });

  it('names a package that is not installed', () => {
    expect(() => packageVersion('no-such-package-guidebook', import.meta.url)).toThrow(/no-such-package-guidebook/);
  });
});
