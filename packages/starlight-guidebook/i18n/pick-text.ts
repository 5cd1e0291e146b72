/**
 * A localized text in the wanted locale (`en-GB` finds `en`), else the root locale's: texts are
 * kept root first once checked against the site's locales (see schemas/localized.ts). Free of
 * zod, for browser code.
 */
export function pickText(text: Readonly<Record<string, string>>, locale: string | undefined): string {
  if (locale) {
    const exact = text[locale] ?? text[locale.split('-')[0] ?? ''];
    if (exact !== undefined) return exact;
  }
  return Object.values(text)[0] ?? '';
}
