import { describe, expect, it } from 'vitest';
import { stringsUnder, tableFor } from '../../../translations/index.ts';
import { savedNote } from '../../../worksheets/text.ts';

const wsStrings = (lang: string) => stringsUnder(tableFor(lang), 'guidebook.worksheet.');

describe('savedNote', () => {
  // Local times, so the test means the same in every time zone.
  const saved = new Date(2026, 10, 24, 9, 5).toISOString();

  it('gives only the time on the day the answers were saved', () => {
    expect(savedNote(saved, new Date(2026, 10, 24, 18, 0), 'fi', wsStrings('fi'))).toBe('Tallennettu klo 09.05');
  });

  it('gives the date as well on a later day', () => {
    const later = new Date(2026, 11, 1, 8, 0);
    expect(savedNote(saved, later, 'fi', wsStrings('fi'))).toBe('Tallennettu 24.11.2026 klo 09.05');
    expect(savedNote(saved, later, 'en', wsStrings('en'))).toBe('Saved on 24/11/2026 at 09:05');
    expect(savedNote(saved, later, 'sv', wsStrings('sv'))).toBe('Sparat 2026-11-24 kl. 09:05');
  });
});
