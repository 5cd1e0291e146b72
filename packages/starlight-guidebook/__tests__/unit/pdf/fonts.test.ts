import { create } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontBuffers, parsedFonts, withShapingCache } from '../../../pdf/fonts.ts';

interface Run {
  glyphs: { id: number }[];
  positions: Record<string, number>[];
  advanceWidth: number;
}
interface Shaper {
  layout(text: string, features?: unknown): Run;
}

const shape = (font: Shaper, text: string) => {
  const run = font.layout(text);
  return { ids: run.glyphs.map((g) => g.id), positions: run.positions.map((p) => ({ ...p })), width: run.advanceWidth };
};

describe('withShapingCache', () => {
  const plain = create(fontBuffers().regular) as unknown as Shaper;

  it('shapes a word as the font itself does, the first time and from the cache', () => {
    const cached = withShapingCache(create(fontBuffers().regular) as unknown as Shaper);
    for (const word of ['Työkokeilu ', 'AVAT ', 'Työkokeilu ']) expect(shape(cached, word)).toEqual(shape(plain, word));
  });

  it('gives every caller positions of its own (pdfkit scales them in place)', () => {
    const cached = withShapingCache(create(fontBuffers().regular) as unknown as Shaper);
    const first = cached.layout('Väärä ');
    for (const position of first.positions) position.xAdvance = (position.xAdvance ?? 0) * 1000;
    expect(shape(cached, 'Väärä ')).toEqual(shape(plain, 'Väärä '));
  });

  it('shapes with explicit features without the cache', () => {
    const cached = withShapingCache(create(fontBuffers().regular) as unknown as Shaper);
    expect(cached.layout('fi', ['liga']).glyphs.map((g) => g.id)).toEqual(
      plain.layout('fi', ['liga']).glyphs.map((g) => g.id),
    );
  });

  it('measures text in pdfkit the same across documents as without it', () => {
    const width = (font: unknown) => {
      const doc = new PDFDocument({ autoFirstPage: false, font: null } as unknown as PDFKit.PDFDocumentOptions);
      doc.registerFont('regular', font as Buffer);
      return doc.font('regular').fontSize(11).widthOfString('Äidinkieli ja kirjallisuus, työelämätaidot');
    };
    const reference = width(fontBuffers().regular);
    // Twice: the second document measures from the shared cache.
    expect(width(parsedFonts().regular)).toBeCloseTo(reference, 6);
    expect(width(parsedFonts().regular)).toBeCloseTo(reference, 6);
  });
});
