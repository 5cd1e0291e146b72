import type { StringsOf } from 'starlight-guidebook/i18n';
import type en from '../../../content/i18n/en.json';

/**
 * The practice dialogue's interface strings: `tools.dialogue.*` in content/i18n/<lang>.json, read
 * in pages through Starlight (`Astro.locals.t`) and handed to the browser script as data.
 */
export const dialoguePrefix = 'tools.dialogue.';
export type DialogueStrings = StringsOf<typeof en, typeof dialoguePrefix>;
