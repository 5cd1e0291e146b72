/**
 * `/<locale>/guidebook-strings/worksheet-transfer.json`: the strings of a worksheet's export and
 * import in one locale, with a guide's own wording (Starlight's translations, as the page has
 * them). The form fetches them with the export and import code, when first used; the service
 * worker keeps them for offline use.
 */

import config from 'virtual:guidebook/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringsUnder } from '../translations/index.ts';
import { transferStrings } from './strings.ts';

export const getStaticPaths = (() =>
  config.locales.map((_locale, i) => ({
    params: { locale: i === 0 ? undefined : config.locales[i]?.code },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) =>
  new Response(JSON.stringify(transferStrings(stringsUnder(locals.t.all(), 'guidebook.worksheet.'))), {
    headers: { 'content-type': 'application/json' },
  });

/** The file's address for a page in `locale` (undefined: the root locale). */
export const transferStringsPath = (base: string, locale: string | undefined): string =>
  `${base.replace(/\/?$/, '/')}${locale ? `${locale}/` : ''}guidebook-strings/worksheet-transfer.json`;
