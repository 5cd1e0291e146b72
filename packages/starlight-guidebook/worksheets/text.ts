import { dateLocale } from '../i18n/dates.ts';
import { pickText } from '../i18n/pick-text.ts';
import type { LocalizedText } from './schema.ts';

/** The base language of a locale code: `en-GB` -> `en`; undefined -> `en`, the engine's own language. */
export function baseLang(locale: string | undefined): string {
  return (locale ?? 'en').split('-')[0]?.toLowerCase() || 'en';
}

export { pickText };

/** Same as pickText, but for optional texts. */
export function maybeText(text: LocalizedText | undefined, locale: string | undefined): string | undefined {
  return text ? pickText(text, locale) : undefined;
}

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * The singular or the plural of a count's text, by the language's plural rules: "1 answer"
 * but "0 answers" and "1.5 answers" (Intl knows which counts take which form in each language).
 */
export function plural(lang: string, n: number, one: string, other: string): string {
  return new Intl.PluralRules(lang).select(n) === 'one' ? one : other;
}

/** Splits a text block into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * "Saved at 14.05", or with the date when the answers were saved on another day: a participant
 * coming back next week sees that the page still holds last week's answers.
 */
export function savedNote(savedAt: string, now: Date, lang: string, t: { savedAt: string; savedOn: string }): string {
  const saved = new Date(savedAt);
  const locale = dateLocale(lang);
  const time = saved.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (saved.toDateString() === now.toDateString()) return fill(t.savedAt, { time });
  const date = saved.toLocaleDateString(locale, { day: 'numeric', month: 'numeric', year: 'numeric' });
  return fill(t.savedOn, { date, time });
}
