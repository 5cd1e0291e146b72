import { type PDFDict, PDFDocument, type PDFHexString, PDFName, type PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawRuns, drawTaggedRuns, type Run } from '../../../pdf/book/inline.ts';
import { createDoc, finish } from '../../../pdf/document.ts';
import { group } from '../../../pdf/layout.ts';
import { checkPdfAccessibility } from '../../support/pdf-accessibility.ts';

/**
 * Links in the structure tree (src/pdf/tagged-link.ts, used by drawTaggedRuns), checked with the
 * same PDF/UA rules the build test applies to every built PDF: a web link and a link inside the
 * file, each under a `Link` element with its description; the same runs drawn untagged fail.
 */
const meta = { title: 'Linkit', author: 'Testi', subject: 'Testi', lang: 'fi' };
const runs: Run[] = [
  { text: 'Lue ', bold: false, italic: false },
  { text: 'ohje', bold: false, italic: false, link: 'https://example.org/ohje/' },
  { text: ' (example.org/ohje)', bold: false, italic: false, link: 'https://example.org/ohje/' },
  { text: ' tai ', bold: false, italic: false },
  { text: 'luku 2', bold: false, italic: false, goTo: 'chapter-2' },
  // A long link wraps onto a second line: two annotations, one element.
  { text: ` ja ${'pitkä linkki '.repeat(12)}`, bold: false, italic: false, link: 'https://example.org/pitka/' },
  { text: '.', bold: false, italic: false },
];

async function paragraphPdf(tagLinks: boolean, nearPageEnd = false): Promise<PDFDocument> {
  const doc = createDoc(meta);
  doc.addPage();
  doc.addNamedDestination('chapter-2');
  // Two lines from the foot of the page: the long link's text goes on onto the next page.
  if (nearPageEnd) doc.y = doc.page.height - doc.page.margins.bottom - 26;
  group(doc, 'Sect', () => {
    if (tagLinks) drawTaggedRuns(doc, 'P', runs, 72, 300, { size: 10, color: '#000000' });
    else group(doc, 'P', () => drawRuns(doc, runs, 72, 300, { size: 10, color: '#000000' }));
  });
  return PDFDocument.load(await finish(doc));
}

describe('links tagged in the structure tree', () => {
  it('puts every link annotation under a Link element, with an OBJR, a StructParent and a description', async () => {
    const report = checkPdfAccessibility(await paragraphPdf(true));
    expect(report.problems).toEqual([]);
    expect(report.counts['element:Link']).toBe(3);
    expect(report.counts['annotation:Link']).toBeGreaterThanOrEqual(4);
  });

  it('describes each link by its text and address', async () => {
    const pdf = await paragraphPdf(true);
    const annotations = pdf.getPages()[0]?.node.Annots()?.asArray() ?? [];
    const contents = annotations.map((ref) =>
      ((pdf.context.lookup(ref) as PDFDict).lookup(PDFName.of('Contents')) as PDFString | PDFHexString).decodeText(),
    );
    expect(contents).toContain('ohje (example.org/ohje)');
    expect(contents).toContain('luku 2');
  });

  it('names the page of each annotation of a link that runs over a page break', async () => {
    const pdf = await paragraphPdf(true, true);
    const perPage = pdf.getPages().map((page) => page.node.Annots()?.size() ?? 0);
    expect(perPage.length).toBeGreaterThanOrEqual(2);
    expect(perPage.every((n) => n > 0)).toBe(true);
    // (A bare two-page test file has no bookmarks; the books have theirs.)
    const problems = checkPdfAccessibility(pdf).problems.filter((p) => p.rule !== 'bookmarks');
    expect(problems).toEqual([]);
  });

  it('finds the links of untagged text (the check can fail)', async () => {
    const report = checkPdfAccessibility(await paragraphPdf(false));
    expect(report.problems.map((p) => p.rule)).toContain('7.18.1 annotations');
  });
});
