/**
 * Filling a translated string, as i18next (Starlight's translation system) does, without the
 * tables: browser scripts get their strings as data from their component and import only this.
 */

/** Fills `{{name}}` placeholders; an unknown name stays as it is. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * The key of a count's form by the language's plural rules (`link.pages_one` for 1 page in
 * English, `_other` for 0 or 1.5), as i18next picks it for `{ count }`.
 */
export function pluralKey<K extends string>(lang: string, base: K, count: number): `${K}_one` | `${K}_other` {
  return new Intl.PluralRules(lang).select(count) === 'one' ? `${base}_one` : `${base}_other`;
}

/** A count's text from a table of strings: its `_one` or `_other` form, `{{count}}` filled in. */
export function formatCount<K extends string>(
  strings: Readonly<Record<`${K}_one` | `${K}_other`, string>>,
  lang: string,
  base: K,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return format(strings[pluralKey(lang, base, count)], { count, ...values });
}

/**
 * The strings under one prefix (`tools.planner.`) with the prefix taken off: what a component
 * hands its browser script, from `Astro.locals.t.all()` so a guide's own overrides apply. The
 * script then carries no translation tables of its own.
 */
export function stringsWithPrefix<T extends object = Record<string, string>>(
  dictionary: Readonly<Record<string, unknown>>,
  prefix: string,
): T {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionary)) {
    if (key.startsWith(prefix) && typeof value === 'string') out[key.slice(prefix.length)] = value;
  }
  return out as T;
}

/**
 * The strings of a translation table under one prefix, the prefix taken off, as a type: a tool
 * names its keys once, in its `content/i18n/<lang>.json` entries
 * (`StringsOf<typeof import('…/en.json'), 'tools.planner.'>`).
 */
export type StringsOf<Table, P extends string> = {
  [K in keyof Table as K extends `${P}${infer Rest}` ? Rest : never]: string;
};
