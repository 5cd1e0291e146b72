import { fileURLToPath } from 'node:url';
import { stringsWithPrefix } from 'starlight-guidebook/i18n';
import { guideTranslator, type PrintContext } from 'starlight-guidebook/print';
import site from '../../../site.config.ts';

/** This site's root folder, where content/i18n/<lang>.json is. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const rootLocale = site.locales[0]?.code ?? 'fi';

/** The strings a page of this site has in `locale`, as `Astro.locals.t` and print forms get them. */
export const siteTranslator = (locale: string) => guideTranslator(root, locale, rootLocale);

/** One tool's strings, as its component hands them to its browser script. */
export const toolStrings = <T extends object>(locale: string, prefix: string): T =>
  stringsWithPrefix<T>(siteTranslator(locale).all(), prefix);

/** A print form's context for a page of this site. */
export const printContext = (
  locale: string,
  page: { material: string | undefined; pageUrl: string; file: string },
): PrintContext => ({ locale, ...page, t: siteTranslator(locale) });
