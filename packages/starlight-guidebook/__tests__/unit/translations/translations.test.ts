import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  format,
  formatCount,
  stringsUnder,
  tableFor,
  translationsFor,
  translator,
} from '../../../translations/index.ts';

const dir = new URL('../../../translations/', import.meta.url);
const tables = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Record<string, string>]),
);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the translation tables', () => {
  it('are Starlight plugin keys: every key under guidebook.', () => {
    for (const table of Object.values(tables)) {
      for (const key of Object.keys(table)) expect(key).toMatch(/^guidebook\.[\w.]+$/);
    }
  });

  it('have no key English lacks, and the same placeholders as English in every text', () => {
    const en = tables.en ?? {};
    for (const [lang, table] of Object.entries(tables)) {
      for (const [key, text] of Object.entries(table)) {
        expect(en[key], `${lang}.json ${key} is not in en.json`).toBeDefined();
        expect(placeholders(text), `${lang}.json ${key}`).toEqual(placeholders(en[key] ?? ''));
      }
    }
  });

  it('are complete in Finnish, the first site’s root language', () => {
    expect(Object.keys(tables.fi ?? {}).sort()).toEqual(Object.keys(tables.en ?? {}).sort());
  });

  it('give both forms of every count', () => {
    for (const table of Object.values(tables)) {
      for (const key of Object.keys(table).filter((k) => k.endsWith('_one'))) {
        expect(table[key.replace(/_one$/, '_other')]).toBeDefined();
      }
    }
  });
});

describe('translationsFor', () => {
  it('gives every language of a site a complete table, English filling the gaps key by key', () => {
    const { sv, de } = translationsFor(['sv', 'de']);
    expect(sv?.['guidebook.pdf.contents']).toBe('Innehåll');
    expect(sv?.['guidebook.pdf.worksheet']).toBe('Form');
    expect(de).toEqual(tableFor('en'));
  });

  it('finds a region’s language: en-GB is English, fi-FI Finnish', () => {
    expect(tableFor('fi-FI')['guidebook.pdf.contents']).toBe('Sisällys');
  });
});

describe('translator', () => {
  it('fills placeholders as i18next does', () => {
    expect(translator('fi')('guidebook.pdf.page', { page: 3, pages: 12 })).toBe('Sivu 3 / 12');
    expect(translator('en')('guidebook.pdf.tocEntry', { title: 'Roles', page: 5 })).toBe('Roles, page 5');
  });

  it('picks a count’s form by the language’s plural rules', () => {
    const en = translator('en');
    expect(en.count('guidebook.link.pages', 1)).toBe('1 page');
    expect(en.count('guidebook.link.pages', 0)).toBe('0 pages');
    expect(translator('fi').count('guidebook.link.pages', 2)).toBe('2 sivua');
  });
});

describe('format and formatCount, for browser scripts', () => {
  it('leave an unknown placeholder as it is', () => {
    expect(format('{{done}} / {{total}}, {{x}}', { done: 0, total: 3 })).toBe('0 / 3, {{x}}');
  });

  it('choose the singular for one and the plural for every other count', () => {
    const en = stringsUnder(tableFor('en'), 'guidebook.worksheet.');
    const summary = (n: number) => formatCount(en, 'en', 'importSummary', n, { date: 'today' });
    expect(summary(1)).toBe('The file has 1 answer to this worksheet, saved today.');
    expect(summary(0)).toBe('The file has 0 answers to this worksheet, saved today.');
    const fi = stringsUnder(tableFor('fi'), 'guidebook.worksheet.');
    expect(formatCount(fi, 'fi', 'importSummary', 2, { date: 'x' })).toMatch(/2 vastausta/);
  });

  it('stringsUnder takes the prefix off and only that prefix’s keys', () => {
    const s = stringsUnder(
      { 'guidebook.folder.a': 'A', 'guidebook.pack.b': 'B', 'guidebook.folder.n': 3 },
      'guidebook.folder.',
    );
    expect(s).toEqual({ a: 'A' });
  });
});
