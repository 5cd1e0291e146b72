import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillAnswers } from '../../../pdf/browser/fill.ts';
import { fontBuffers } from '../../../pdf/fonts.ts';
import { fieldRenderers } from '../../../pdf/worksheet/fields.ts';
import { type WorksheetPdf, worksheetPdf } from '../../../pdf/worksheet/file.ts';
import { fieldTypes } from '../../../worksheets/schema.ts';
import { expectedFieldCount, fixtureSheet, hasPoppler, hasQpdf, pdfText, saveTmp, site } from './support.ts';

const sheet = fixtureSheet();
let fi: WorksheetPdf;
let file: string;

beforeAll(async () => {
  fi = await worksheetPdf(sheet, 'fi', site, 'https://example.org/opas/tyokirja/kaikki/');
  file = saveTmp('kaikki-fi.pdf', fi.bytes);
}, 60_000);

describe('worksheet PDF', () => {
  it('has a renderer for every field type', () => {
    expect(Object.keys(fieldRenderers).sort()).toEqual([...fieldTypes].sort());
  });

  it('has one fillable field per input, named after the definition', async () => {
    expect(fi.fields).toBe(expectedFieldCount(sheet));
    const doc = await PDFDocument.load(fi.bytes);
    const names = doc
      .getForm()
      .getFields()
      .map((f) => f.getName());
    expect(names).toHaveLength(expectedFieldCount(sheet));
    expect(names).toEqual(
      expect.arrayContaining([
        'nimi',
        'jaksaminen',
        'alat:hoiva',
        'alat:other:text',
        'valmistelu:sopimus:note',
        'taidot:yhteistyo',
        'tapaamiset:4:sovittu',
      ]),
    );
  });

  it('tags every widget as a Form element of the structure tree, on its own page (PDF/UA)', async () => {
    const doc = await PDFDocument.load(fi.bytes);
    const name = (n: string) => PDFName.of(n);
    const root = doc.catalog.lookup(name('StructTreeRoot'), PDFDict);
    const nums = root.lookup(name('ParentTree'), PDFDict).lookup(name('Nums'), PDFArray);
    const parentOf = new Map<number, PDFDict>();
    for (let i = 0; i < nums.size(); i += 2) {
      const element = nums.lookup(i + 1);
      if (element instanceof PDFDict) parentOf.set(nums.lookup(i, PDFNumber).asNumber(), element);
    }
    let widgets = 0;
    for (const page of doc.getPages()) {
      for (const ref of page.node.Annots()?.asArray() ?? []) {
        const widget = doc.context.lookup(ref, PDFDict);
        if (widget.get(name('Subtype')) !== name('Widget')) continue;
        widgets++;
        const element = parentOf.get(widget.lookup(name('StructParent'), PDFNumber).asNumber());
        expect(element?.get(name('S'))).toBe(name('Form'));
        // The element sits in the tree and points back at this widget on this page.
        expect(element?.get(name('P'))).toBeInstanceOf(PDFRef);
        const objr = element?.lookup(name('K'), PDFArray).lookup(0, PDFDict);
        expect(objr?.get(name('Type'))).toBe(name('OBJR'));
        expect(objr?.get(name('Obj'))).toBe(ref);
        expect(objr?.get(name('Pg'))).toBe(page.ref);
      }
    }
    expect(widgets).toBeGreaterThan(expectedFieldCount(sheet));
  });

  it('carries title, author, subject and language', async () => {
    const doc = await PDFDocument.load(fi.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Kaikki kenttätyypit – Äänekoski ja Åland');
    expect(doc.getAuthor()).toContain('Testiopas');
    expect(doc.getSubject()).toContain('Työkirja');
    expect(doc.catalog.get(doc.context.obj('Lang') as never)?.toString()).toContain('fi');
  });

  it('stays small (goal 60 KB)', () => {
    expect(fi.bytes.length).toBeLessThan(60 * 1024);
  });

  it.runIf(hasQpdf)('passes qpdf --check', () => {
    expect(() => execFileSync('qpdf', ['--check', file])).not.toThrow();
  });

  it.runIf(hasPoppler)('has its texts with Finnish and Swedish letters intact', () => {
    const text = pdfText(file);
    for (const s of [
      'Kaikki kenttätyypit – Äänekoski ja Åland',
      'Perustiedot',
      'Mitkä ovat vahvuutesi?',
      'Täsmällisyys',
      'Sivu 1 /',
      'example.org/opas',
    ]) {
      expect(text).toContain(s);
    }
  });

  it.runIf(hasPoppler)('fills in with answers that can be read back', async () => {
    const { bytes: filled, unshown } = await fillAnswers(
      fi.bytes,
      {
        nimi: 'Åsa Öhman',
        pvm: '2025-03-07',
        vahvuudet: 'Täsmällinen ja ystävällinen 🙂',
        jaksaminen: 4,
        tyo: 'opiskelu',
        alat: { selected: ['hoiva'], other: 'Kirjasto' },
        valmistelu: { checked: ['sopimus'], notes: { perehdytys: 'maanantaina' } },
        taidot: { yhteistyo: 3 },
        tapaamiset: [{ pvm: '2025-04-01', aihe: 'Aloitus', sovittu: 'Työajat' }],
      },
      { title: 'Vastaukset', locale: 'fi' },
    );
    const out = saveTmp('kaikki-filled.pdf', filled);
    const text = pdfText(out);
    for (const s of ['Åsa Öhman', '7.3.2025', 'Täsmällinen ja ystävällinen ?', 'Kirjasto', 'maanantaina', 'Työajat'])
      expect(text).toContain(s);
    expect(unshown).toEqual(['🙂']);
    if (hasQpdf) expect(() => execFileSync('qpdf', ['--check', out])).not.toThrow();
    // Flattened: the answers are part of the page now.
    expect((await PDFDocument.load(filled)).getForm().getFields()).toHaveLength(0);
  });

  it.runIf(hasPoppler)(
    'sets answers Helvetica cannot show in the loaded font, loaded only then',
    async () => {
      const written = 'Привет, мир; tiếng Việt; Łódź; ğüş; Αθήνα';
      const answers = { vahvuudet: `${written} مرحبا 🙂`, nimi: 'Åsa' };
      let loads = 0;
      const loadFont = async () => {
        loads++;
        return fontBuffers().regular;
      };
      const withFont = await fillAnswers(fi.bytes, answers, { locale: 'fi', loadFont });
      expect(loads).toBe(1);
      const out = saveTmp('kaikki-filled-font.pdf', withFont.bytes);
      const text = pdfText(out).replace(/\s+/g, ' ');
      expect(text).toContain(written);
      expect(text).toContain('Åsa');
      // Arabic and emoji are not in Noto Sans: reported, and a "?" each in the file.
      expect(withFont.unshown).toEqual(['م', 'ر', 'ح', 'ب', 'ا', '🙂']);
      expect(text).toContain('????? ?');
      // Embedded whole (pdf-lib's subset lost letters): poppler lists it as embedded, not a subset.
      const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
      expect(fonts).toMatch(/^NotoSans-Regular\S*\s.*\byes\s+no\b/m);
      if (hasQpdf) expect(() => execFileSync('qpdf', ['--check', out])).not.toThrow();

      // Western European answers keep Helvetica and a small file; no font is fetched.
      const latin = await fillAnswers(fi.bytes, { vahvuudet: 'Täsmällinen – “hyvä”', nimi: 'Åsa' }, { loadFont });
      expect(loads).toBe(1);
      expect(latin.unshown).toEqual([]);
      expect(latin.bytes.length).toBeLessThan(withFont.bytes.length - 200_000);

      // Without a font (it could not be fetched): Helvetica, and the lost letters are named.
      const offline = await fillAnswers(fi.bytes, answers, { locale: 'fi', loadFont: async () => undefined });
      expect(offline.unshown).toEqual(expect.arrayContaining(['П', 'ệ', 'Ł', 'ğ', 'Α']));
      expect(pdfText(saveTmp('kaikki-filled-helvetica.pdf', offline.bytes))).not.toContain('Привет');
      // fontkit (about 1 MB) is imported on first use now, inside the test's time.
    },
    30_000,
  );
});
