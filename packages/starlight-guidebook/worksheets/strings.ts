import type { StringsUnder } from '../translations/index.ts';

/**
 * The worksheet engine's interface strings (`guidebook.worksheet.*` in translations/<lang>.json),
 * as the form's component hands them to its browser script.
 */
export type WorksheetStrings = StringsUnder<'guidebook.worksheet.'>;

/**
 * The strings the browser scripts use (client.ts, client-transfer.ts, client-chart.ts): the page
 * carries only these, the rest are rendered into the markup. A unit test checks the scripts use
 * no other.
 */
export const clientStringKeys = [
  'allFile',
  'answer',
  'cellLabel',
  'chartLabel',
  'clearConfirm',
  'cleared',
  'corrupt',
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
] as const satisfies readonly (keyof WorksheetStrings)[];

/** The browser scripts' strings: `clientStringKeys` and every import error (`err.*`). */
export function clientStrings(all: WorksheetStrings): Partial<WorksheetStrings> {
  const keys = [
    ...clientStringKeys,
    ...(Object.keys(all) as (keyof WorksheetStrings)[]).filter((k) => k.startsWith('err.')),
  ];
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
}
