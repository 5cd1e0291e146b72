import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { worksheetPdf } from '../../../pdf/worksheet/file.ts';
import { expectedFieldCount, fixtureSheet, hasPoppler, pdfText, saveTmp, site } from './support.ts';

/**
 * The fillable fields as a second reader sees them: pdf.js, the viewer of Firefox and of many
 * web apps (poppler, the first reader, is tested in worksheet.test.ts). Every field must be there
 * with its kind, its choices and a font pdf.js can write Finnish letters with.
 */
const require = createRequire(import.meta.url);

interface PdfJsField {
  type: string;
  name: string;
  page: number;
  multiline?: boolean;
  exportValues?: string;
  rect: number[];
}

const sheet = fixtureSheet();
let fields: Record<string, PdfJsField[]>;
let pdfLibNames: string[];
let fontNames: Set<string>;
/** Field name → the tooltip (TU) pdf.js reads for each of its widgets. */
let tooltips: Map<string, string[]>;
let formFonts: Record<string, { base: string; embedded: boolean }>;
let typedIn: Uint8Array;

beforeAll(async () => {
  const { bytes } = await worksheetPdf(sheet, 'fi', site, 'https://example.org/opas/tyokirja/kaikki/');
  const pdf = await PDFDocument.load(bytes);
  pdfLibNames = pdf
    .getForm()
    .getFields()
    .map((f) => f.getName());
  // The fonts the form's default resources offer for typed text.
  const dr = pdf.getForm().acroForm.dict.lookup(PDFName.of('DR'), PDFDict);
  const fonts = dr.lookup(PDFName.of('Font'), PDFDict);
  formFonts = Object.fromEntries(
    fonts.entries().map(([key]) => {
      const font = fonts.lookup(key, PDFDict);
      return [
        key.decodeText(),
        {
          base: font.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
          embedded: font.has(PDFName.of('FontDescriptor')) || font.has(PDFName.of('DescendantFonts')),
        },
      ];
    }),
  );
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    verbosity: 0, // errors only: no OffscreenCanvas in Node, pdf.js measures text without it
    // The metrics of the standard fonts, which pdf.js needs to lay out typed text.
    standardFontDataUrl: `${path.dirname(require.resolve('pdfjs-dist/package.json'))}/standard_fonts/`,
  }).promise;
  // A map of field name to its parts: the field itself (no type, no page) and its widgets.
  const found = ((await doc.getFieldObjects()) ?? new Map()) as unknown as Map<string, PdfJsField[]>;
  fields = Object.fromEntries([...found].map(([name, parts]) => [name, parts.filter((p) => p.type !== '')]));
  fontNames = new Set<string>();
  tooltips = new Map();
  for (let p = 1; p <= doc.numPages; p++) {
    for (const a of await (await doc.getPage(p)).getAnnotations()) {
      const named = a as { fieldName?: string; alternativeText?: string };
      if (named.fieldName)
        tooltips.set(named.fieldName, [...(tooltips.get(named.fieldName) ?? []), named.alternativeText ?? '']);
      const font = (a as { defaultAppearanceData?: { fontName?: string } }).defaultAppearanceData?.fontName;
      if (a.fieldType === 'Tx' && font) fontNames.add(font);
    }
  }
  // Type into two fields as a person would in a pdf.js viewer, and let pdf.js save the file.
  const text = (name: string) => fields[name]?.[0] as unknown as { id: string };
  doc.annotationStorage.setValue(text('nimi').id, { value: 'Åsa Öhman' });
  doc.annotationStorage.setValue(text('vahvuudet').id, { value: 'Täsmällinen ja ystävällinen' });
  typedIn = await doc.saveDocument();
  await doc.cleanup();
}, 60_000);

const kinds = (name: string) => (fields[name] ?? []).map((w) => w.type);
const values = (name: string) => (fields[name] ?? []).map((w) => w.exportValues);

describe('worksheet PDF fields in pdf.js', () => {
  it('finds every field the file has (as pdf-lib reads them), one per input', () => {
    expect(Object.keys(fields).sort()).toEqual([...pdfLibNames].sort());
    expect(Object.keys(fields)).toHaveLength(expectedFieldCount(sheet));
  });

  it('knows each field by its kind', () => {
    expect(kinds('nimi')).toEqual(['text']);
    expect(fields.vahvuudet?.[0]?.multiline).toBe(true);
    expect(fields.nimi?.[0]?.multiline).toBeFalsy();
    expect(kinds('alat:hoiva')).toEqual(['checkbox']);
    expect(kinds('valmistelu:sopimus:note')).toEqual(['text']);
  });

  it('offers the choices of a radio group as its export values, each saying its option', () => {
    expect(values('jaksaminen')).toEqual(['1 – heikko', '2', '3', '4', '5 – erinomainen']);
    expect(values('tyo')).toEqual(['Työ', 'Opiskelu', 'Molemmat']);
    expect(new Set(kinds('taidot:yhteistyo'))).toEqual(new Set(['radiobutton']));
    expect(values('taidot:yhteistyo')).toEqual([
      '1 – Harjoittelen',
      '2 – Osaan tuettuna',
      '3 – Osaan',
      '4 – Osaan ohjata muita',
    ]);
  });

  it('names a radio group by its question, not by its first option (the tooltip screen readers say)', () => {
    // Each radio button says the question and its own option (pdf.js reads the widget's TU).
    expect(tooltips.get('tyo')).toEqual([
      'Mikä kiinnostaa eniten?: Työ',
      'Mikä kiinnostaa eniten?: Opiskelu',
      'Mikä kiinnostaa eniten?: Molemmat',
    ]);
    expect(tooltips.get('jaksaminen')?.[0]).toBe('Miten jaksat tällä hetkellä?: 1 – heikko');
    expect(tooltips.get('taidot:yhteistyo')?.[3]).toBe('Yhteistyö: 4 – Osaan ohjata muita');
    expect(tooltips.get('nimi')).toEqual(['Nimi']);
  });

  it('places every widget on a page, with an area to click', () => {
    expect(Object.values(fields).flat().length).toBeGreaterThan(expectedFieldCount(sheet));
    for (const [name, widgets] of Object.entries(fields)) {
      expect(widgets.length, name).toBeGreaterThan(0);
      for (const w of widgets) {
        const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = w.rect;
        expect(x2 - x1, name).toBeGreaterThan(5);
        expect(y2 - y1, name).toBeGreaterThan(5);
        expect(w.page, name).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it.runIf(hasPoppler)('saves what was typed in pdf.js so that another reader shows it, letters intact', () => {
    const body = pdfText(saveTmp('pdfjs-typed.pdf', typedIn));
    expect(body).toContain('Åsa Öhman');
    expect(body).toContain('Täsmällinen ja ystävällinen');
  });

  it('writes typed text with a font that has the Finnish letters (a standard font, not a subset)', () => {
    // pdfkit issue 1096: a subset font in fields can lose letters the subset lacks.
    expect(fontNames.size).toBe(1);
    const font = formFonts[[...fontNames][0] as string];
    expect(font).toEqual({ base: 'Helvetica', embedded: false });
  });
});
