import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import { analyseWithVoikko } from './analysers/voikko.ts';
import { primaryLanguage } from './query.ts';
import { formatWordTable, type WordTable } from './word-table.ts';
import { indexedRegion, wordsOf } from './words.ts';

/** Every HTML file under a folder, Pagefind's own files left out. */
function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(full);
      } else if (entry.name.endsWith('.html')) files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The word forms of a built site's pages in one locale, as the search keys see them: the text
 * Pagefind indexes (words.ts), not the sources, so words that components render count too.
 */
export function siteWordForms(distDir: string, locale: string): Set<string> {
  if (!existsSync(distDir)) throw new Error(`${distDir}: no built site; run \`npm run build\` first`);
  const forms = new Set<string>();
  for (const file of htmlFiles(distDir)) {
    const region = indexedRegion(readFileSync(file, 'utf8'));
    if (!region || primaryLanguage(region.lang) !== locale) continue;
    for (const word of wordsOf(region.text, locale)) forms.add(word);
  }
  return forms;
}

/** A locale's word table made anew: the site's word forms, analysed by the configured analyser. */
export async function generateWordTable(
  distDir: string,
  locale: string,
  options: SiteConfig['searchBaseForms'][string],
): Promise<WordTable> {
  const forms = [...siteWordForms(distDir, locale)].sort();
  const analysis = await analyseWithVoikko(forms, options.language ?? locale);
  return { analyser: analysis.analyser, forms: analysis.forms };
}

export const wordTableHeader = [
  'Word forms of the pages in this language, with their base forms and compound parts, for search.',
  'Made by `npm run search:words` (after a build, on a machine with the analyser); do not edit by hand.',
  'form<TAB>base forms<TAB>compound parts',
];

export const formatGeneratedTable = (table: WordTable) => formatWordTable(table, wordTableHeader);
