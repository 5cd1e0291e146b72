import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadDataFile } from '../schemas/read-data-file.ts';
import { format, pluralKey } from './format.ts';
import { tableFor, useGuideStrings } from './index.ts';

/**
 * A guide's own interface strings, for code that runs outside Astro's render (the print forms of
 * its components in the PDF step). In pages they come from Starlight's i18n collection
 * (`content/i18n/<lang>.json` or `.yml`, read by Starlight); here the same files are read with
 * the engine's data loader, and layered as Starlight layers them: the engine's strings, then the
 * guide's for the language, then the guide's root language for a key the language lacks.
 */

const strings = z.record(z.string(), z.string());
const extensions = ['json', 'yml', 'yaml'];

function guideStrings(root: string, lang: string): Record<string, string> {
  for (const ext of extensions) {
    const file = path.join('content', 'i18n', `${lang}.${ext}`);
    if (existsSync(path.join(root, file))) {
      return loadDataFile(root, file, strings, `The interface strings in ${file} are not valid:`);
    }
  }
  return {};
}

/** What the last `loadGuideStrings` read, so that a build reads each file once. */
let loaded: { root: string; byLang: Record<string, Record<string, string>> } | undefined;

function ownStrings(root: string, lang: string): Record<string, string> {
  return loaded?.root === root && loaded.byLang[lang] ? loaded.byLang[lang] : guideStrings(root, lang);
}

/**
 * Makes the guide's own versions of engine strings count outside Astro's render too (worksheet
 * PDFs, books), as they do in pages: called once by the PDF step for the site's languages. The
 * print forms' translators of the same run use what it read.
 */
export function loadGuideStrings(root: string, langs: readonly string[]): void {
  const byLang = Object.fromEntries(langs.map((lang) => [lang, guideStrings(root, lang)]));
  loaded = { root, byLang };
  useGuideStrings(byLang);
}

export type PrintTranslate = {
  (key: string, values?: Readonly<Record<string, string | number>>): string;
  /** A text with a count: its `_one` or `_other` form, `{{count}}` filled in. */
  count(key: string, count: number, values?: Readonly<Record<string, string | number>>): string;
  /** Every string of the language, as `Astro.locals.t.all()` gives them in a page. */
  all(): Readonly<Record<string, string>>;
};

/** The translate function for one language of a guide, as `Astro.locals.t` would be on its pages. */
export function guideTranslator(root: string, lang: string, rootLang: string): PrintTranslate {
  const table: Record<string, string> = {
    ...ownStrings(root, rootLang),
    ...tableFor(lang),
    ...ownStrings(root, lang),
  };
  const t = ((key, values) => {
    const text = table[key];
    if (text === undefined) throw new Error(`No interface string "${key}" in content/i18n/${lang} or the engine's.`);
    return format(text, values);
  }) as PrintTranslate;
  t.count = (key, count, values) => t(pluralKey(lang, key, count), { count, ...values });
  t.all = () => table;
  return t;
}
