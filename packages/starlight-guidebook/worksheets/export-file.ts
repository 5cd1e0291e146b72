/**
 * The answers file: its format and how it is written. Apart from transfer.ts (which also reads
 * and checks files) so that a tool's "download my answers" does not load the import code.
 */
import type { Envelope } from './storage.ts';

export const FILE_FORMAT = 'guidebook-answers';
export const FILE_VERSION = 1;

export interface ExportFile {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: string;
  worksheets: Envelope[];
  backups?: { key: string; value: string }[];
}

export function makeExport(
  envelopes: Envelope[],
  now = new Date(),
  backups: { key: string; value: string }[] = [],
): string {
  const file: ExportFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    worksheets: envelopes,
  };
  // Unreadable data kept aside travels along as it is, so the user holds every byte they wrote.
  if (backups.length) file.backups = backups;
  return `${JSON.stringify(file, null, 2)}\n`;
}
