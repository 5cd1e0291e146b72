import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The rules box's text lives in one Markdown file per locale, `content/data/kokeilun-saannot/<lang>.md`:
 * the web component renders it through Astro's Markdown pipeline and the PDF print form parses
 * the same file, so the employer's page, the participant's page and the guide show one text.
 */
export const RULES_DIR = 'content/data/kokeilun-saannot';

export function rulesFile(lang: string): string {
  return path.posix.join(RULES_DIR, `${lang}.md`);
}

/** The Markdown source for a locale, Finnish when the locale has none. */
export function readRules(lang: string, root = process.cwd()): { file: string; source: string } {
  for (const candidate of [rulesFile(lang), rulesFile('fi')]) {
    try {
      return { file: candidate, source: readFileSync(path.join(root, candidate), 'utf8') };
    } catch {
      // Try the next candidate; the Finnish file is required.
    }
  }
  throw new Error(`${rulesFile('fi')}: the rules box's text is missing`);
}

/**
 * The hosts the rules may cite: public authorities and the municipalities' own pages only (the
 * brief for the box: Finlex, suomi.fi, Työmarkkinatori, the ministry, Kela, the State Treasury, the
 * statutory Workers' Compensation Center, employment areas and municipalities). The tests check
 * every link in the box and in the absence and accident hand-out (opas/poissaolo-ja-tapaturma)
 * against this list, so a blog or a news site cannot slip in as a source.
 */
export const OFFICIAL_SOURCE_HOSTS = [
  'www.finlex.fi',
  'finlex.fi',
  'www.suomi.fi',
  'tyomarkkinatori.fi',
  'tem.fi',
  'www.kela.fi',
  'www.valtiokonttori.fi',
  'www.tyotapaturmatieto.fi',
  'www.tvk.fi',
  // The TE Offices' own site, written before the 2025 reform: cited only where the text says so.
  'toimistot.te-palvelut.fi',
  'www.muonio.fi',
  'www.kuusamo.fi',
  'riihimaenseutu.valudata.fi',
  'ohjaamo.hel.fi',
] as const;

/** How a checked date is written in the box: "6.12.2026" in Finnish, "6 December 2026" in English. */
export function checkedLabel(isoDate: string, lang: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) throw new Error(`checked: "${isoDate}" is not a date as YYYY-MM-DD`);
  if (lang === 'fi') return `tarkistettu ${d}.${m}.${y}`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `checked on ${d} ${month} ${y}`;
}
