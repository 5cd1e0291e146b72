import type { StringsOf } from 'starlight-guidebook/i18n';
import type en from '../../../content/i18n/en.json';

/**
 * The explorer's interface strings: `tools.language.*` in content/i18n/<lang>.json, read in pages
 * through Starlight (`Astro.locals.t`) and handed to the browser script as data, so the script
 * carries no tables of its own.
 */
export const explorerPrefix = 'tools.language.';
export type ExplorerStrings = StringsOf<typeof en, typeof explorerPrefix>;
