import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createDoc, finish } from '../../../pdf/document.ts';
import { group, tagged } from '../../../pdf/layout.ts';
import { checkPdfAccessibility, untaggedOperators } from '../../support/pdf-accessibility.ts';

/** The PDF/UA rule check used on every built PDF finds what it is meant to find. */
const meta = { title: 'Testi', author: 'Testi', subject: 'Testi', lang: 'fi' };

async function rules(draw: (doc: ReturnType<typeof createDoc>) => void, pages = 1): Promise<string[]> {
  const doc = createDoc(meta);
  for (let p = 0; p < pages; p++) {
    doc.addPage();
    draw(doc);
  }
  const report = checkPdfAccessibility(await PDFDocument.load(await finish(doc)));
  return report.problems.map((p) => p.rule);
}

describe('untagged content', () => {
  it('counts drawing outside marked content, not inside it or in strings', () => {
    expect(untaggedOperators('BT /F1 10 Tf (x) Tj ET')).toBe(1);
    expect(untaggedOperators('/P <</MCID 0>> BDC BT (EMC Tj) Tj ET EMC')).toBe(0);
    expect(untaggedOperators('/Artifact BMC 0 0 m 1 1 l S EMC 1 1 m 2 2 l S')).toBe(1);
    expect(untaggedOperators('/P <</MCID 1>> BDC [(a\\)) -20 (b)] TJ EMC /Im1 Do')).toBe(1);
  });

  it('passes a tagged page and fails text drawn outside the structure', async () => {
    expect(await rules((doc) => tagged(doc, 'P', () => doc.text('Hei')))).toEqual([]);
    expect(await rules((doc) => doc.text('Hei'))).toContain('7.1 content');
  });
});

describe('structure rules', () => {
  it('finds a skipped heading level, a figure without Alt and a header cell without Scope', async () => {
    const found = await rules((doc) => {
      tagged(doc, 'H1', () => doc.text('Otsikko'));
      tagged(doc, 'H3', () => doc.text('Alaotsikko'));
      tagged(doc, 'Figure', () => doc.rect(10, 10, 10, 10).fill());
      group(doc, 'Table', () => group(doc, 'TR', () => tagged(doc, 'TH', () => doc.text('Sarake'))));
    });
    expect(found).toEqual(expect.arrayContaining(['7.4.2 headings', '7.3 figures', '7.5 tables']));
  });

  it('asks for bookmarks from two pages on', async () => {
    const draw = (doc: ReturnType<typeof createDoc>) => tagged(doc, 'P', () => doc.text('Sivu'));
    expect(await rules(draw, 1)).toEqual([]);
    expect(await rules(draw, 2)).toEqual(['bookmarks']);
  });
});
