import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkLocales, localizedText, pickText } from '../../../schemas/localized.ts';
import { parseWorksheet } from '../../../worksheets/load.ts';

const card = z.object({ title: localizedText, items: z.array(z.object({ label: localizedText })) });

describe('localized texts against the site locales', () => {
  it('accepts any locales, with the root first: an English-rooted site needs no Finnish', () => {
    const parsed = card.parse({ title: { sv: 'Hej', en: 'Hello' }, items: [{ label: { en: 'One' } }] });
    expect(checkLocales(parsed, ['en', 'sv'])).toEqual([]);
    // Put root first, so a locale without a translation reads the root text.
    expect(Object.keys(parsed.title)).toEqual(['en', 'sv']);
    expect(pickText(parsed.items[0]?.label ?? {}, 'sv')).toBe('One');
    expect(pickText(parsed.title, 'sv-FI')).toBe('Hej');
  });

  it('names the path of a text without the root locale, and of a locale the site lacks', () => {
    const parsed = card.parse({ title: { en: 'Hello', de: 'Hallo' }, items: [{ label: { sv: 'Ett' } }] });
    expect(checkLocales(parsed, ['en', 'sv'])).toEqual([
      { path: ['items', 0, 'label'], message: "the en text is missing (en is the site's root locale)" },
      { path: ['title', 'de'], message: '"de" is not a locale of this site (en, sv)' },
    ]);
  });

  it('says what was expected and what was found', () => {
    const result = localizedText.safeParse(42);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected texts per locale, e.g. { en: "…" }, found the number 42');
    expect(localizedText.safeParse({}).error?.issues[0]?.message).toBe('give the text in at least one locale');
    expect(localizedText.safeParse({ english: 'x' }).error?.issues[0]).toMatchObject({
      path: ['english'],
      message: 'not a language code like "en" or "pt-BR"',
    });
  });

  it('walks any depth without recursion', () => {
    let deep: unknown = localizedText.parse({ fi: 'x' });
    for (let i = 0; i < 50_000; i++) deep = { next: deep };
    // The text has no English, and Finnish is not a locale of this site: two problems, deep down.
    expect(checkLocales(deep, ['en'])).toHaveLength(2);
  });
});

describe('a worksheet in an English-rooted site', () => {
  const yaml = (title: string) =>
    `id: check-in\nversion: 1\naudience: volunteer\nmaterial: first-weeks\ntitle:\n${title}\nintro: { en: Before the meeting. }\nsections:\n  - title: { en: Shifts }\n    fields:\n      - id: notes\n        type: textarea\n        label: { en: Notes }\n`;

  it('is valid with English texts only', () => {
    expect(parseWorksheet('content/worksheets/check-in.yaml', yaml('  en: Check-in'), ['en', 'sv']).ok).toBe(true);
  });

  it('names file, line and column of a text missing the root locale', () => {
    const result = parseWorksheet('content/worksheets/check-in.yaml', yaml('  sv: Avstämning'), ['en', 'sv']);
    expect(result).toEqual({
      ok: false,
      problems: ["content/worksheets/check-in.yaml:6:3: title: the en text is missing (en is the site's root locale)"],
    });
  });
});
