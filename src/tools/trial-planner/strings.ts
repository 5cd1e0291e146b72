import type { StringsOf } from 'starlight-guidebook/i18n';
import type en from '../../../content/i18n/en.json';

/**
 * The trial planner's interface strings (its content lives in the YAML data): `tools.planner.*`
 * in content/i18n/<lang>.json, read in pages through Starlight (`Astro.locals.t`) and handed to
 * the browser script as data.
 */
export const plannerPrefix = 'tools.planner.';
export type PlannerStrings = StringsOf<typeof en, typeof plannerPrefix>;
