import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
// pdfkit's own font parser: a parsed font can be handed to pdfkit instead of the file.
import { create as createFont } from 'fontkit';
import { engineModuleUrl } from './engine-src.ts';

/**
 * Fonts for the PDFs: Noto Sans (full Latin, so Finnish and Swedish letters and typographic
 * punctuation are covered). pdfkit embeds them as subsets. The AcroForm fields use the standard
 * Helvetica instead, whose whole WinAnsi character map is available to every reader, so typing a
 * letter that the subset lacks cannot break a field (pdfkit issue 1096).
 */
export const fontFiles = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
} as const;
export type FontName = keyof typeof fontFiles;

let cache: Record<FontName, Buffer> | undefined;

/** The directory of the font package, found through Node's resolver. */
export function fontDir(): string {
  const require = createRequire(engineModuleUrl);
  return path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
}

/** Font files as buffers, read once per process. */
export function fontBuffers(): Record<FontName, Buffer> {
  if (!cache) {
    const dir = fontDir();
    cache = Object.fromEntries(
      Object.entries(fontFiles).map(([name, file]) => [name, readFileSync(path.join(dir, file))]),
    ) as Record<FontName, Buffer>;
  }
  return cache;
}

/**
 * The typeface of a funding statement next to the EU emblem. The EU's visibility rules
 * (Regulation (EU) 2021/1060, Annex IX 1.3) allow Arial, Auto, Calibri, Garamond, Trebuchet,
 * Tahoma, Verdana or Ubuntu, without italics or effects; Ubuntu is the one with an open licence.
 */
export const statementFont = {
  name: 'statement',
  package: '@expo-google-fonts/ubuntu',
  file: '400Regular/Ubuntu_400Regular.ttf',
};

let statement: unknown;

/** The statement font, parsed once per process (pdfkit embeds it only in a file that uses it). */
export function parsedStatementFont(): unknown {
  if (!statement) {
    const require = createRequire(engineModuleUrl);
    const dir = path.dirname(require.resolve(`${statementFont.package}/package.json`));
    statement = withShapingCache(createFont(readFileSync(path.join(dir, statementFont.file))) as ShapingFont);
  }
  return statement;
}

let parsed: Record<FontName, unknown> | undefined;

/**
 * Parsed fonts, shared by every document of the build. Parsing Noto Sans's layout tables took
 * most of the PDF step when each document did it again; pdfkit still makes one subset per file.
 */
export function parsedFonts(): Record<FontName, unknown> {
  parsed ??= Object.fromEntries(
    Object.entries(fontBuffers()).map(([name, buffer]) => [name, withShapingCache(createFont(buffer) as ShapingFont)]),
  ) as Record<FontName, unknown>;
  return parsed;
}

interface GlyphRunLike {
  positions: Record<string, number>[];
}
interface ShapingFont {
  layout(text: string, features?: unknown): GlyphRunLike;
}

interface GlyphLike {
  codePoints?: number[];
}

/**
 * fontkit keeps one glyph object per glyph id for the font's life, with the characters it was first
 * made for. A subset that includes a composite glyph (an ellipsis made of periods) makes its parts
 * without characters; with the font shared by every document of the build, the period then had
 * none in every later file, and pdfkit wrote no text for it (list numbers read "1" instead of "1.",
 * "2.0" read "2 0"). A glyph made without characters gets them when text asks for it next.
 */
function keepCodePoints(font: object): void {
  const own = font as { getGlyph?: (id: number, codePoints?: number[]) => GlyphLike };
  const getGlyph = own.getGlyph;
  if (typeof getGlyph !== 'function') return;
  own.getGlyph = function (this: unknown, id: number, codePoints?: number[]) {
    const glyph = getGlyph.call(this, id, codePoints);
    if (codePoints?.length && !glyph.codePoints?.length) glyph.codePoints = codePoints;
    return glyph;
  };
}

/**
 * The font with its shaping (fontkit's `layout`) remembered across documents. pdfkit shapes word
 * by word and keeps a cache per document only, so the same words were shaped again in each of
 * the ~80 files, which was a third of the PDF step. pdfkit scales a run's positions in place, so
 * every caller gets positions of its own; glyphs are shared, as pdfkit's own cache shares them.
 * pdfkit takes any object with a `layout` method as a parsed font; the rest is the font itself.
 */
export function withShapingCache<F extends ShapingFont>(font: F): F {
  keepCodePoints(font);
  const runs = new Map<string, GlyphRunLike>();
  const cached = Object.create(font) as F;
  cached.layout = (text: string, features?: unknown) => {
    if (features !== undefined) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      run = font.layout(text);
      runs.set(text, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run)) as GlyphRunLike;
    return Object.assign(copy, run, { positions: run.positions.map((position) => ({ ...position })) });
  };
  return cached;
}
