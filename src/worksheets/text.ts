import type { LocalizedText } from './schema.ts';

/** The base language of a locale code: `en-GB` -> `en`, undefined -> `fi`. */
export function baseLang(locale: string | undefined): string {
  return (locale ?? 'fi').split('-')[0]?.toLowerCase() || 'fi';
}

/** A localized text in the wanted language, falling back to Finnish (always present). */
export function pickText(text: LocalizedText, locale: string | undefined): string {
  const lang = baseLang(locale) as keyof LocalizedText;
  return text[lang] ?? text.fi;
}

/** Same as pickText, but for optional texts. */
export function maybeText(text: LocalizedText | undefined, locale: string | undefined): string | undefined {
  return text ? pickText(text, locale) : undefined;
}

/** Splits a text block into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
