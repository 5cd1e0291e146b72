/**
 * Picks a locale's text: the locale, its base language, Finnish (the language these tools teach
 * and their data always has), else the first. Kept apart so browser code does not pull in zod.
 */
export function tr(text: Readonly<Record<string, string>>, locale: string): string {
  return text[locale] ?? text[locale.split('-')[0] ?? ''] ?? text.fi ?? Object.values(text)[0] ?? '';
}
