import { z } from 'zod';
import { pickText } from '../i18n/pick-text.ts';

/**
 * Texts per locale, the one shape every localized text has: in the site config, in worksheet
 * definitions and in tools' data. Which locales there are, and which one is the root, is the site
 * config's business: the schema accepts any language codes, and `checkLocales` then holds the
 * parsed value against the configured list (the root locale's text required, no other locales).
 */
const localeCode = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Every parsed localized text, so `checkLocales` can find them in any structure. */
const localizedValues = new WeakSet<object>();

/** What a value is, in the words of an error message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the plain text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

export const localizedText = z
  .record(
    // Any key here; keys that are not language codes are named one by one below.
    z.string(),
    z.string().trim().min(1, 'the text is empty'),
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? issue.input === undefined
            ? 'the text is missing'
            : `expected texts per locale, e.g. { en: "…" }, found ${describeValue(issue.input)}`
          : undefined,
    },
  )
  .superRefine((text, ctx) => {
    const codes = Object.keys(text);
    if (codes.length === 0) ctx.addIssue({ code: 'custom', message: 'give the text in at least one locale' });
    for (const code of codes.filter((c) => !localeCode.test(c))) {
      ctx.addIssue({ code: 'custom', path: [code], message: 'not a language code like "en" or "pt-BR"' });
    }
  })
  .transform((text) => {
    localizedValues.add(text);
    return text;
  });
export type LocalizedText = z.output<typeof localizedText>;

export interface LocaleIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Holds every localized text inside a parsed value against the site's locales (the first is the
 * root): the root locale's text must be there, and no locale the site does not have. Each text
 * is also put in root-first order, so a reader in a locale without a translation gets the root
 * text (`pickText` falls back to the first). Walks with a stack, not recursion: any depth is safe.
 */
export function checkLocales(value: unknown, locales: readonly string[]): LocaleIssue[] {
  const [root] = locales;
  if (!root) return [];
  const issues: LocaleIssue[] = [];
  // Each entry links to its parent instead of copying the path: deep values stay linear.
  type Entry = { node: unknown; key?: string | number; parent?: Entry };
  const pathOf = (entry: Entry): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let e: Entry | undefined = entry; e?.key !== undefined; e = e.parent) path.push(e.key);
    return path.reverse();
  };
  const stack: Entry[] = [{ node: value }];
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const { node } = entry;
    if (node === null || typeof node !== 'object') continue;
    if (localizedValues.has(node)) {
      const text = node as Record<string, string>;
      for (const code of Object.keys(text)) {
        if (!locales.includes(code)) {
          issues.push({
            path: [...pathOf(entry), code],
            message: `"${code}" is not a locale of this site (${locales.join(', ')})`,
          });
        }
      }
      if (text[root] === undefined) {
        issues.push({
          path: pathOf(entry),
          message: `the ${root} text is missing (${root} is the site's root locale)`,
        });
      } else {
        const entries = Object.entries(text).sort(([a], [b]) => Number(b === root) - Number(a === root));
        for (const [code] of entries) delete text[code];
        for (const [code, t] of entries) text[code] = t;
      }
      continue;
    }
    const children = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
    for (const [key, child] of children) stack.push({ node: child, key, parent: entry });
  }
  return issues.sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')));
}

export { pickText };
