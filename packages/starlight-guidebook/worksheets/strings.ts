import type { StringsUnder } from '../translations/index.ts';

/**
 * The worksheet engine's interface strings (`guidebook.worksheet.*` in translations/<lang>.json),
 * as the form's component hands them to its browser script.
 */
export type WorksheetStrings = StringsUnder<'guidebook.worksheet.'>;

/**
 * The strings the form's script uses from the first paint (client.ts, client-chart.ts): the page
 * carries only these, the rest are rendered into the markup. Export and import fetch theirs with
 * their code (`transferStringKeys`, transfer-strings.ts). A unit test checks the scripts use no
 * other.
 */
export const clientStringKeys = [
  'answer',
  'cellLabel',
  'chartLabel',
  'clearConfirm',
  'cleared',
  'corrupt',
  'locked',
  'memoryOnly',
  'progress',
  'question',
  'requiredLeft',
  'rowAdded',
  'rowRemoved',
  'rowSuffix',
  'savedAt',
  'savedOn',
  'summaryEmpty',
  'synced',
  'tableAlt',
  'transferFailed',
] as const satisfies readonly (keyof WorksheetStrings)[];

/** The strings of export and import (client-transfer.ts), and every import error (`err.*`). */
export const transferStringKeys = [
  'allFile',
  'exportFile',
  'exported',
  'importEncoding',
  'importError',
  'importHereNone',
  'importHereUnreadable',
  'importNewer',
  'importOlder',
  'importPick',
  'importRow',
  'importRounds_one',
  'importRounds_other',
  'importSame',
  'importSummary_one',
  'importSummary_other',
  'importThis',
  'imported',
] as const satisfies readonly (keyof WorksheetStrings)[];

const pick = (all: WorksheetStrings, keys: readonly (keyof WorksheetStrings)[]): Partial<WorksheetStrings> =>
  Object.fromEntries(keys.map((k) => [k, all[k]]));

/** The strings of a repeatable worksheet's rounds (rounds-view.ts, loaded with the form for such a worksheet). */
export const roundsStringKeys = [
  'changeHelp',
  'changeLabel',
  'changeRegion',
  'changeTitle',
  'noAnswer',
  'roundEmpty',
  'roundLabel',
  'roundNow',
  'roundReadOnly',
  'roundStarted',
  'roundSuggest',
  'roundsEarlier',
  'roundsUnreadable',
  'yes',
] as const satisfies readonly (keyof WorksheetStrings)[];

/** The form script's strings from the first paint (with the rounds' for a repeatable worksheet). */
export function clientStrings(
  all: WorksheetStrings,
  options: { repeatable?: boolean } = {},
): Partial<WorksheetStrings> {
  return pick(all, options.repeatable ? [...clientStringKeys, ...roundsStringKeys] : clientStringKeys);
}

/** Export and import's strings: `transferStringKeys` and every import error. */
export function transferStrings(all: WorksheetStrings): Partial<WorksheetStrings> {
  const errors = (Object.keys(all) as (keyof WorksheetStrings)[]).filter((k) => k.startsWith('err.'));
  return pick(all, [...transferStringKeys, ...errors]);
}
