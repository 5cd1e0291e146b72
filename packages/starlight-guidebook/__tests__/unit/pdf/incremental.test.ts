import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePdfs } from '../../../pdf/generate.ts';
import type { GeneratedPdfs } from '../../../pdf/output.ts';
import { fixtures, site, tmp } from './support.ts';

// An edit remakes exactly the PDFs that depend on what was edited, and re-parses only the page edited.

const root = path.join(tmp, 'incremental');
const docs = path.join(root, 'content', 'docs', 'tulevaisuusvalmennus');
const sheets = path.join(root, 'content', 'worksheets');
const cacheDir = path.join(root, 'cache');

function setUp(): void {
  mkdirSync(docs, { recursive: true });
  mkdirSync(sheets, { recursive: true });
  const sheet = readFileSync(path.join(fixtures, 'kaikki-kentat.yaml'), 'utf8');
  cpSync(path.join(fixtures, 'kaikki-kentat.yaml'), path.join(sheets, 'kaikki-kentat.yaml'));
  writeFileSync(path.join(sheets, 'toinen-lomake.yaml'), sheet.replace(/^id: kaikki-kentat$/m, 'id: toinen-lomake'));
  writeFileSync(
    path.join(docs, 'index.mdx'),
    '---\ntitle: Aloitus\n---\n\nimport Worksheet from \'starlight-guidebook/components/Worksheet.astro\';\n\nTekstiä.\n\n<Worksheet id="kaikki-kentat" />\n',
  );
  writeFileSync(path.join(docs, 'toinen.mdx'), '---\ntitle: Toinen\n---\n\nToinen sivu.\n');
  writeFileSync(path.join(docs, 'kortti.mdx'), '---\ntitle: Kortti\npagePdf: true\n---\n\nKortin teksti.\n');
}

function append(file: string, text: string): void {
  writeFileSync(file, `${readFileSync(file, 'utf8')}${text}`);
}

/** The PDFs of `after` whose cache key, and so whose file, differs from `before`'s. */
function remade(before: GeneratedPdfs, after: GeneratedPdfs): string[] {
  return [...after.files]
    .filter(([target, file]) => before.files.get(target) !== file)
    .map(([target]) => target)
    .sort();
}

describe('incremental PDFs', () => {
  it('remakes exactly the PDFs that depend on the file edited, parsing only edited pages', async () => {
    setUp();
    const first = await generatePdfs({ root, site, cacheDir });
    expect(first.stats).toMatchObject({ made: 6, parsed: 3 });

    append(path.join(docs, 'toinen.mdx'), '\nLisätty virke.\n');
    const pageEdited = await generatePdfs({ root, site, cacheDir });
    expect(remade(first, pageEdited)).toEqual(['pdf/fi/tulevaisuusvalmennus.pdf']);
    expect(pageEdited.stats).toMatchObject({ made: 1, parsed: 1, treesReused: 2 });

    append(path.join(docs, 'kortti.mdx'), '\nLisätty virke.\n');
    const cardEdited = await generatePdfs({ root, site, cacheDir });
    expect(remade(pageEdited, cardEdited)).toEqual([
      'pdf/fi/pages/tulevaisuusvalmennus/kortti.pdf',
      'pdf/fi/tulevaisuusvalmennus.pdf',
    ]);
    expect(cardEdited.stats).toMatchObject({ made: 2, parsed: 1 });

    // A worksheet: its PDF in both languages and the book that prints it; no page is parsed.
    const sheetFile = path.join(sheets, 'toinen-lomake.yaml');
    writeFileSync(sheetFile, readFileSync(sheetFile, 'utf8').replace(/^version: 1$/m, 'version: 2'));
    const sheetEdited = await generatePdfs({ root, site, cacheDir });
    expect(remade(cardEdited, sheetEdited)).toEqual([
      'pdf/en/worksheets/toinen-lomake.pdf',
      'pdf/fi/tulevaisuusvalmennus.pdf',
      'pdf/fi/worksheets/toinen-lomake.pdf',
    ]);
    expect(sheetEdited.stats).toMatchObject({ made: 3, parsed: 0 });

    // Nothing changed: nothing remade, nothing parsed.
    const again = await generatePdfs({ root, site, cacheDir });
    expect(remade(sheetEdited, again)).toEqual([]);
    expect(again.stats.made).toBe(0);
  }, 180_000);
});
