import { dateLocale } from '../i18n/dates.ts';
import { pickText } from '../i18n/pick-text.ts';
import { format } from '../translations/format.ts';
import type { LocalizedText } from './schema.ts';

export { pickText };

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

/**
 * "Saved at 14.05", or with the date when the answers were saved on another day: a participant
 * coming back next week sees that the page still holds last week's answers.
 */
export function savedNote(savedAt: string, now: Date, lang: string, t: { savedAt: string; savedOn: string }): string {
  const saved = new Date(savedAt);
  const locale = dateLocale(lang);
  const time = saved.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (saved.toDateString() === now.toDateString()) return format(t.savedAt, { time });
  const date = saved.toLocaleDateString(locale, { day: 'numeric', month: 'numeric', year: 'numeric' });
  return format(t.savedOn, { date, time });
}
