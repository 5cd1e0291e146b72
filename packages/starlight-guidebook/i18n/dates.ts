/**
 * The locale whose date and time formats a page in `lang` uses. English pages write dates the
 * British way (24/11/2026, 24-hour clock), as the site's English texts do: `en` alone gives the US
 * month-first order, which a European reader takes for another day.
 */
export function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}
