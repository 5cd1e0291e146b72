import type { StringsUnder } from '../translations/index.ts';

/**
 * The worksheet engine's interface strings (`guidebook.worksheet.*` in translations/<lang>.json),
 * as the form's component hands them to its browser script.
 */
export type WorksheetStrings = StringsUnder<'guidebook.worksheet.'>;
