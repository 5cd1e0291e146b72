import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { mergePdfs } from '../../../pdf/browser/merge.ts';

/** A coach's session pack: several PDFs as one, in the chosen order, a bookmark per part. */
async function samplePdf(label: string, pages: number, withField = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) pdf.addPage([300, 300]).drawText(`${label} ${i + 1}`, { x: 20, y: 250, font });
  if (withField) {
    // Every worksheet PDF has fields of these names; two in one pack must not clash.
    const field = pdf.getForm().createTextField('answer');
    field.addToPage(pdf.getPage(0), { x: 20, y: 20, width: 200, height: 30 });
  }
  return pdf.save();
}

async function read(bytes: Uint8Array) {
  const require = createRequire(import.meta.url);
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: `${path.dirname(require.resolve('pdfjs-dist/package.json'))}/standard_fonts/`,
  }).promise;
  const texts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const outline = (await doc.getOutline()) ?? [];
  const targets = await Promise.all(
    outline.map(async (entry) => doc.getPageIndex((entry.dest as [{ num: number; gen: number }])[0])),
  );
  const meta = await doc.getMetadata();
  const fields = await doc.getFieldObjects();
  return { texts, outline: outline.map((o, i) => [o.title, targets[i]]), meta, fields };
}

describe('mergePdfs', { timeout: 30_000 }, () => {
  it('puts the parts in the given order with a bookmark opening each part', async () => {
    const bytes = await mergePdfs(
      [
        { bytes: await samplePdf('Kortti', 1), title: 'Mentorin kortti' },
        { bytes: await samplePdf('Lomake A', 2, true), title: 'Tavoitteeni – äö' },
        { bytes: await samplePdf('Lomake B', 1, true), title: 'Vahvuuteni' },
      ],
      { title: 'Ryhmätapaaminen 3', lang: 'fi' },
    );
    const { texts, outline, meta, fields } = await read(bytes);
    expect(texts).toEqual(['Kortti 1', 'Lomake A 1', 'Lomake A 2', 'Lomake B 1']);
    expect(outline).toEqual([
      ['Mentorin kortti', 0],
      ['Tavoitteeni – äö', 1],
      ['Vahvuuteni', 3],
    ]);
    expect((meta.info as { Title?: string }).Title).toBe('Ryhmätapaaminen 3');
    expect((meta.info as { Language?: string }).Language).toBe('fi');
    // The forms were flattened: no fields left to clash.
    expect(fields ?? {}).toEqual({});
  });

  it('puts a cover first, with the date and a contents list giving each part its page', async () => {
    const bytes = await mergePdfs(
      [
        { bytes: await samplePdf('Lomake A', 2, true), title: 'Tavoitteeni' },
        { bytes: await samplePdf('Lomake B', 1, true), title: 'Vahvuuteni' },
      ],
      {
        title: 'Omat lomakkeeni',
        lang: 'fi',
        cover: { lines: ['Tehty 6.12.2026'], contents: 'Sisällys', pageWord: 'sivu' },
      },
    );
    const { texts, outline } = await read(bytes);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toContain('Omat lomakkeeni');
    expect(texts[0]).toContain('Tehty 6.12.2026');
    expect(texts[0]?.replace(/\s+/g, ' ')).toMatch(/Tavoitteeni sivu 2 Vahvuuteni sivu 4/);
    expect(outline).toEqual([
      ['Omat lomakkeeni', 0],
      ['Tavoitteeni', 1],
      ['Vahvuuteni', 3],
    ]);
  });

  it('refuses an empty pack', async () => {
    await expect(mergePdfs([], { title: 'x', lang: 'fi' })).rejects.toThrow(/nothing/);
  });
});
