import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineSiteConfig } from '../../../config/site-config.ts';
import { pdfSite } from '../../../pdf/site.ts';
import { parseWorksheet } from '../../../worksheets/load.ts';
import type { WorksheetDefinition } from '../../../worksheets/schema.ts';

export const fixtures = path.join(import.meta.dirname, 'fixtures');
export const tmp = mkdtempSync(path.join(tmpdir(), 'pdf-unit-'));

/** A site config of a made-up project: the engine must not need this project's. */
export const site = pdfSite(
  defineSiteConfig({
    url: 'https://example.org',
    base: '/opas/',
    title: { fi: 'Testiopas', en: 'Test guide' },
    tagline: { fi: 'Testisivusto', en: 'Test site' },
    description: { fi: 'Kuvaus testille', en: 'Description for tests' },
    locales: [
      { code: 'fi', label: 'Suomi' },
      { code: 'en', label: 'English' },
    ],
    colours: { accent: '#7a1f5c', accentDark: '#f0a8d8', accentLight: '#f6e1ef' },
    organisations: [{ name: 'Testiyhdistys', role: { fi: 'toteuttaja', en: 'partner' } }],
    audiences: { participant: { fi: 'osallistujalle', en: 'for participants' } },
    funding: { fi: 'Rahoitus testistä.', en: 'Funded by tests.' },
    license: {
      content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      notice: { fi: 'Sisältö CC BY 4.0', en: 'Content CC BY 4.0' },
    },
    accessibilityContact: { email: 'a@example.org', note: { fi: 'Huom', en: 'Note' } },
    materials: [
      {
        slug: 'tulevaisuusvalmennus',
        title: { fi: 'Työkirja', en: 'Workbook' },
        subject: { fi: 'Harjoituksia', en: 'Exercises' },
      },
    ],
  }),
);

export function fixtureSheet(name = 'kaikki-kentat'): WorksheetDefinition {
  const parsed = parseWorksheet(`${name}.yaml`, readFileSync(path.join(fixtures, `${name}.yaml`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.definition;
}

export const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
export const hasQpdf = spawnSync('qpdf', ['--version']).error === undefined;

export function saveTmp(name: string, bytes: Uint8Array): string {
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  return file;
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Fillable fields a definition should produce: one per thing a person fills in, and the name and date under the title. */
export function expectedFieldCount(sheet: WorksheetDefinition): number {
  let n = 2;
  for (const section of sheet.sections) {
    for (const f of section.fields) {
      switch (f.type) {
        case 'text':
        case 'textarea':
        case 'date':
        case 'scale':
        case 'choice':
          n += 1;
          break;
        case 'multi':
          n += f.options.length + (f.other ? 2 : 0);
          break;
        case 'checklist':
          n += f.items.length * (f.notes ? 2 : 1);
          break;
        case 'matrix':
          n += f.rows.length;
          break;
        case 'table':
          n += f.printRows * f.columns.length;
          break;
        case 'info':
          break;
      }
    }
  }
  return n;
}
