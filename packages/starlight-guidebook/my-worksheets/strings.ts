import type { StringsUnder } from '../translations/index.ts';

/**
 * The texts of the "My worksheets" folder (`guidebook.folder.*` in translations/<lang>.json), as
 * its component hands them to its browser script.
 */
export type FolderStrings = StringsUnder<'guidebook.folder.'>;
