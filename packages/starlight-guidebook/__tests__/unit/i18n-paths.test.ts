import { describe, expect, it } from 'vitest';
import { localePath, slugWithoutLocale } from '../../i18n/paths.ts';

describe('locale paths', () => {
  it('puts the locale folder after the base, none for the root locale', () => {
    expect(localePath('/', undefined, 'opas/')).toBe('/opas/');
    expect(localePath('/malli', 'en', 'opas/')).toBe('/malli/en/opas/');
    expect(localePath('/malli/', 'en', '')).toBe('/malli/en/');
  });

  it('takes the locale folder off a slug, and only a whole folder', () => {
    expect(slugWithoutLocale('en/opas/roolit', 'en')).toBe('opas/roolit');
    expect(slugWithoutLocale('en', 'en')).toBe('');
    expect(slugWithoutLocale('opas/roolit', undefined)).toBe('opas/roolit');
    expect(slugWithoutLocale('entinen/sivu', 'en')).toBe('entinen/sivu');
  });
});
