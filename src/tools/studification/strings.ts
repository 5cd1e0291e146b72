import type { StringsOf } from 'starlight-guidebook/i18n';
import type en from '../../../content/i18n/en.json';

/**
 * The studification tools' interface strings: `tools.studification.*` in
 * content/i18n/<lang>.json, read in pages through Starlight (`Astro.locals.t`), handed to the
 * browser scripts as data and to the print forms through their context.
 */
export const modelPrefix = 'tools.studification.model.';
export const progressPrefix = 'tools.studification.progress.';
export const summaryPrefix = 'tools.studification.summary.';
export type ModelStrings = StringsOf<typeof en, typeof modelPrefix>;
export type ProgressStrings = StringsOf<typeof en, typeof progressPrefix>;
export type SummaryStrings = StringsOf<typeof en, typeof summaryPrefix>;
