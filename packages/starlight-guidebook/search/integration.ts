import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/site-config.ts';
import { type KeyedPageEntry, takeKeyedPages, unknownWords } from './middleware-state.ts';
import { formsFile } from './query.ts';
import { searchKeys } from './search-keys.ts';
import { pagefindStemmer } from './stemmers.ts';
import { parseWordTable } from './word-table.ts';

/** Where a locale's word table lives, relative to the project root. */
export const wordTableFile = (locale: string) => `content/search/${locale}.tsv`;
/** Where the browser's table of word forms is written, relative to the site's root. */
export const formsFilePath = (locale: string) => `search-forms/${locale}.json`;

const tablesModule = 'virtual:guidebook/search-tables';

/** The engine files that decide a page's keys: a change to any of them empties the key cache. */
const keyingSources = ['page-keys.ts', 'search-keys.ts', 'words.ts', 'stemmers.ts', 'word-table.ts'].map((name) =>
  fileURLToPath(new URL(`./${name}`, import.meta.url)),
);

interface KeyCache {
  /** Hash of the word tables and the keying code the entries were made with. */
  made: string;
  pages: Record<string, KeyedPageEntry>;
}

/**
 * Search by base form (see search-keys.ts), for the locales `searchBaseForms` lists: a
 * middleware adds each page's search keys before Pagefind indexes the pages, and the build writes
 * the browser's table of word forms. A locale without its word table yet builds as before, with
 * a warning that says how to make the table.
 */
export function guidebookSearch(config: SiteConfig): AstroIntegration {
  const tables: Record<string, string> = {};
  let cacheFile = '';
  let made = '';
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
        made = createHash('sha256')
          .update(JSON.stringify(tables))
          .update(keyingSources.map((file) => readFileSync(file, 'utf8')).join('\0'))
          .digest('base64url');
        addMiddleware({ entrypoint: fileURLToPath(new URL('./middleware.ts', import.meta.url)), order: 'pre' });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guidebook-search-tables',
                resolveId: (id) => (id === tablesModule ? `\0${id}` : undefined),
                load: (id) => {
                  if (id !== `\0${tablesModule}`) return undefined;
                  const cache = readCache(cacheFile);
                  const cachedPages = cache?.made === made ? cache.pages : {};
                  return `export const tables = ${JSON.stringify(tables)};\nexport const cachedPages = ${JSON.stringify(cachedPages)};`;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config: astro }) => {
        // A rebuild gives unchanged pages the keys they had, without reading them (middleware.ts).
        cacheFile = path.join(fileURLToPath(astro.cacheDir), 'guidebook-search-keys.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        if (Object.keys(tables).length === 0) return;
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
        // Last: taking the pages' keys for the cache forgets what the middleware gathered.
        const cache: KeyCache = { made, pages: takeKeyedPages() };
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, JSON.stringify(cache));
      },
    },
  };
}

function readCache(file: string): KeyCache | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as KeyCache;
  } catch {
    return undefined;
  }
}
