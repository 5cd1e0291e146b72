/** Locale helpers for components and tools: date formats and page addresses per locale. */
export { dateLocale } from './dates.ts';
export { localePath, slugWithoutLocale } from './paths.ts';
