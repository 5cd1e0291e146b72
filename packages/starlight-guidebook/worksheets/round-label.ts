import { dateLocale } from '../i18n/dates.ts';
import { format } from '../translations/format.ts';
import type { RoundInfo } from './rounds.ts';

/**
 * A round's name in a sentence: `template` (`roundNow`, `roundLabel`) with its number, its name
 * in brackets if it has one, and the day it started in the page's language.
 */
export function roundLabel(template: string, round: RoundInfo, n: number, lang: string): string {
  const date = new Date(round.startedAt).toLocaleDateString(dateLocale(lang));
  return format(template, { n, name: round.name ? ` (${round.name})` : '', date });
}
