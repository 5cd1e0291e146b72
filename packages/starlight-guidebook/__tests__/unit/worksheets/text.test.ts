import { describe, expect, it } from 'vitest';
import { wsStrings } from '../../../worksheets/i18n.ts';
import { fill, plural, savedNote } from '../../../worksheets/text.ts';

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('{done} / {total}, {x}', { done: 0, total: 3 })).toBe('0 / 3, {x}');
  });
});

describe('plural', () => {
  it('takes the singular for one and the plural for every other count', () => {
    const en = wsStrings('en');
    const summary = (n: number) => fill(plural('en', n, en.importSummaryOne, en.importSummary), { n, date: 'today' });
    expect(summary(1)).toBe('The file has 1 answer to this worksheet, saved today.');
    expect(summary(0)).toBe('The file has 0 answers to this worksheet, saved today.');
    expect(summary(8)).toBe('The file has 8 answers to this worksheet, saved today.');
    const fi = wsStrings('fi');
    expect(plural('fi', 1, fi.importSummaryOne, fi.importSummary)).toMatch(/on 1 vastaus tähän/);
    expect(fill(plural('fi', 2, fi.importSummaryOne, fi.importSummary), { n: 2, date: 'x' })).toMatch(/2 vastausta/);
  });
});

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
