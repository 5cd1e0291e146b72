/**
 * Locale helpers for components and tools: date formats, page addresses, and filling translated
 * strings (the tables themselves are Starlight's: `Astro.locals.t`, `content/i18n/<lang>.json`).
 * Free of tables and of Node, for browser scripts.
 */

export { format, formatCount, pluralKey, type StringsOf, stringsWithPrefix } from '../translations/format.ts';
export { formatBytes } from './bytes.ts';
export { dateLocale } from './dates.ts';
export { localePath, slugWithoutLocale } from './paths.ts';
