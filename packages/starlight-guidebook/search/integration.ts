import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/site-config.ts';
import { unknownWords } from './middleware-state.ts';
import { formsFile } from './query.ts';
import { searchKeys } from './search-keys.ts';
import { pagefindStemmer } from './stemmers.ts';
import { parseWordTable } from './word-table.ts';

/** Where a locale's word table lives, relative to the project root. */
export const wordTableFile = (locale: string) => `content/search/${locale}.tsv`;
/** Where the browser's table of word forms is written, relative to the site's root. */
export const formsFilePath = (locale: string) => `search-forms/${locale}.json`;

const tablesModule = 'virtual:guidebook/search-tables';

/**
 * Search by base form (see search-keys.ts), for the locales `searchBaseForms` lists: a
 * middleware adds each page's search keys before Pagefind indexes the pages, and the build writes
 * the browser's table of word forms. A locale without its word table yet builds as before, with
 * a warning that says how to make the table.
 */
export function guidebookSearch(config: SiteConfig): AstroIntegration {
  const tables: Record<string, string> = {};
  return {
    name: 'guidebook-search',
    hooks: {
      'astro:config:setup': ({ config: astro, addMiddleware, updateConfig, logger }) => {
        const root = fileURLToPath(astro.root);
        for (const locale of Object.keys(config.searchBaseForms)) {
          const file = path.join(root, wordTableFile(locale));
          if (existsSync(file)) tables[locale] = readFileSync(file, 'utf8');
          else {
            logger.warn(
              `${wordTableFile(locale)}: no word table yet, so search in "${locale}" uses Pagefind's stemming alone. ` +
                'Build once, then run `npm run search:words` on a machine with the analyser (see docs/AUTHORING.md).',
            );
          }
        }
        if (Object.keys(tables).length === 0) return;
        addMiddleware({ entrypoint: fileURLToPath(new URL('./middleware.ts', import.meta.url)), order: 'pre' });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guidebook-search-tables',
                resolveId: (id) => (id === tablesModule ? `\0${id}` : undefined),
                load: (id) => (id === `\0${tablesModule}` ? `export default ${JSON.stringify(tables)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        for (const [locale, text] of Object.entries(tables)) {
          const keys = searchKeys(parseWordTable(text, wordTableFile(locale)));
          const stem = pagefindStemmer(locale);
          // A word that Pagefind stems as its key is found the same without the rewriting.
          const table = [...keys.queryTable()].filter(([word, key]) => !stem || stem(word) !== stem(key));
          const out = path.join(fileURLToPath(dir), formsFilePath(locale));
          mkdirSync(path.dirname(out), { recursive: true });
          writeFileSync(out, JSON.stringify(formsFile(new Map(table))));
          const unknown = unknownWords(locale);
          if (unknown.length > 0) {
            logger.warn(
              `${unknown.length} word form(s) of the "${locale}" pages are not in ${wordTableFile(locale)} ` +
                `(${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}): search finds them only as written. ` +
                'Run `npm run search:words` on a machine with the analyser to add them.',
            );
          }
        }
      },
    },
  };
}
