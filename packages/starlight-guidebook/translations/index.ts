/**
 * The engine's interface strings, one table per language in `translations/<lang>.json`, in the
 * format of Starlight's own translations (i18next: `{{name}}` placeholders, `_one` / `_other`
 * plural keys). The plugin injects them into Starlight's i18n (`i18n:setup`), so components read
 * them with `Astro.locals.t('guidebook.…')` and a guide overrides any of them in its own
 * `content/i18n/<lang>.json`. Code that runs outside Astro's render — the PDF step, the browser
 * scripts — reads the same tables through `translator()` below, with the same fallback.
 *
 * A language the engine has no table for, or a key missing from one, falls back to English, the
 * engine's own language, key by key (`translationsFor`).
 */
import en from './en.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import { format, pluralKey, stringsWithPrefix } from './format.ts';
import sv from './sv.json' with { type: 'json' };

export { format, formatCount, pluralKey, type StringsOf, stringsWithPrefix } from './format.ts';

export type GuidebookKey = keyof typeof en;
type Table = Record<GuidebookKey, string>;

const builtIn: Record<string, Partial<Table>> = { en, fi, sv };

/** The base language of a locale code: `en-GB` → `en`; none → `en`. */
function baseLang(lang: string | undefined): string {
  return (lang ?? 'en').split('-')[0]?.toLowerCase() || 'en';
}

const tables = new Map<string, Table>();
let guide: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

/**
 * A guide's own versions of engine strings (its `content/i18n/<lang>.json`), for code outside
 * Astro's render: in pages Starlight layers them itself. Set once per build by the PDF step.
 */
export function useGuideStrings(byLang: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  guide = byLang;
  tables.clear();
}

/** Every key for one language, English filling what the language's table lacks; a guide's own win. */
export function tableFor(lang: string | undefined): Table {
  const code = lang ?? 'en';
  let table = tables.get(code);
  if (!table) {
    const own = Object.entries(guide[code] ?? {}).filter(([key]) => key in en);
    table = { ...en, ...(builtIn[code] ?? builtIn[baseLang(code)] ?? {}), ...Object.fromEntries(own) };
    tables.set(code, table);
  }
  return table;
}

/** The tables to inject into Starlight, one per language the site uses (each complete). */
export function translationsFor(langs: readonly string[]): Record<string, Table> {
  return Object.fromEntries(langs.map((lang) => [lang, tableFor(lang)]));
}

type PluralBase<K> = K extends `${infer B}_one` ? B : never;
export type Translate = {
  (key: GuidebookKey, values?: Readonly<Record<string, string | number>>): string;
  /** A text with a count: its `_one` or `_other` form, `{{count}}` filled in. */
  count(key: PluralBase<GuidebookKey>, count: number, values?: Readonly<Record<string, string | number>>): string;
};

/** The translate function for one language, outside Astro's render (PDFs, browser code). */
export function translator(lang: string | undefined): Translate {
  const table = tableFor(lang);
  const t = ((key, values) => format(table[key], values)) as Translate;
  t.count = (key, count, values) =>
    format(table[pluralKey(lang ?? 'en', key, count) as GuidebookKey], { count, ...values });
  return t;
}

type Strip<K, P extends string> = K extends `${P}${infer R}` ? R : never;
/** The keys under a prefix, the prefix taken off: for a browser script that carries its own strings. */
export type StringsUnder<P extends string> = Record<Strip<GuidebookKey, P>, string>;

/** The engine's strings under one prefix, the prefix taken off (see `stringsWithPrefix`). */
export function stringsUnder<P extends string>(
  dictionary: Readonly<Record<string, unknown>>,
  prefix: P,
): StringsUnder<P> {
  return stringsWithPrefix<StringsUnder<P>>(dictionary, prefix);
}
