import { execFileSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillAnswers } from '../../../pdf/browser/fill.ts';
import { wrapText } from '../../../pdf/browser/lined-text.ts';
import { type WorksheetPdf, worksheetPdf } from '../../../pdf/worksheet/file.ts';
import { WRITING_LINE, WRITING_WIDGET_INSET } from '../../../pdf/worksheet/writing-lines.ts';
import type { WorksheetDefinition } from '../../../worksheets/schema.ts';
import { fixtureSheet, hasPoppler, saveTmp, site } from './support.ts';

describe('wrapping an answer into lines', () => {
  const measure = (s: string) => s.length;

  it('breaks at spaces, keeps the writer’s own line breaks and drops trailing empty lines', () => {
    expect(wrapText('one two three four\nfive\n\n', 9, measure)).toEqual(['one two', 'three', 'four', 'five']);
  });

  it('keeps an empty line the writer left between paragraphs', () => {
    expect(wrapText('first\n\nsecond', 20, measure)).toEqual(['first', '', 'second']);
  });

  it('breaks a word wider than the line where it must', () => {
    expect(wrapText('see https://example.org/a/very/long/path', 12, measure)).toEqual([
      'see',
      'https://exam',
      'ple.org/a/ve',
      'ry/long/path',
    ]);
  });
});

/** The fixture worksheet with its writing field `vahvuudet` given `lines` lines. */
function sheetWithLines(lines: number): WorksheetDefinition {
  const sheet = structuredClone(fixtureSheet());
  for (const section of sheet.sections)
    for (const field of section.fields) if (field.id === 'vahvuudet' && field.type === 'textarea') field.lines = lines;
  return sheet;
}

interface TextLine {
  page: number;
  text: string;
  /** Bottom of the line's box, from the top of the page (points). */
  bottom: number;
}

/** Every line of text poppler finds, with its page and position. */
function textLines(file: string): TextLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  const out: TextLine[] = [];
  let page = 0;
  for (const part of xml.split(/<page /).slice(1)) {
    page++;
    for (const m of part.matchAll(
      /<line xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [...(m[2] ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]);
      out.push({ page, text: words.join(' '), bottom: Number(m[1]) });
    }
  }
  return out;
}

/** Where the field's writing lines are on each page, from the top of the page (points). */
async function rulesOf(blank: Uint8Array, name: string): Promise<{ page: number; rules: number[] }[]> {
  const pdf = await PDFDocument.load(blank);
  const pages = pdf.getPages();
  const field = pdf.getForm().getTextField(name);
  return field.acroField.getWidgets().map((widget) => {
    const page = pages.findIndex((p) =>
      p.node
        .Annots()
        ?.asArray()
        .some((ref) => pdf.context.lookup(ref) === widget.dict),
    );
    const rect = widget.getRectangle();
    const height = pages[page]?.getHeight() ?? 0;
    const top = height - (rect.y + rect.height) - WRITING_WIDGET_INSET;
    const count = Math.round(rect.height / WRITING_LINE);
    return { page: page + 1, rules: Array.from({ length: count }, (_, i) => top + (i + 1) * WRITING_LINE) };
  });
}

const sentence = (i: number) => `Lause ${i}: osaan kuunnella asiakasta ja teen työni huolellisesti ja ajallaan.`;

describe.runIf(hasPoppler)('a long answer in the answers PDF', () => {
  let five: WorksheetPdf;
  let many: WorksheetPdf;
  beforeAll(async () => {
    five = await worksheetPdf(sheetWithLines(5), 'fi', site, 'https://example.org/kaikki/');
    // Sixty lines do not fit on the first page: the field goes on over the next ones.
    many = await worksheetPdf(sheetWithLines(60), 'fi', site, 'https://example.org/kaikki/');
  }, 60_000);

  it('sits on the writing lines, one line of text on each, not through them', async () => {
    const answer = [1, 2, 3].map(sentence).join(' ');
    const filled = await fillAnswers(five.bytes, { vahvuudet: answer });
    expect(filled.cut).toEqual([]);
    const [part] = await rulesOf(five.bytes, 'vahvuudet');
    const rules = part?.rules ?? [];
    const onField = textLines(saveTmp('lined-five.pdf', filled.bytes)).filter(
      (l) => l.page === part?.page && l.bottom > (rules[0] ?? 0) - WRITING_LINE && l.bottom <= (rules.at(-1) ?? 0) + 1,
    );
    expect(onField.length).toBeGreaterThanOrEqual(3);
    onField.forEach((line, i) => {
      const rule = rules[i] ?? Number.NaN;
      // The bottom of the letters (descenders included) just above its own line of the form.
      expect(line.bottom, `text line ${i + 1}: "${line.text}"`).toBeLessThanOrEqual(rule + 0.5);
      expect(line.bottom, `text line ${i + 1}: "${line.text}"`).toBeGreaterThan(rule - 5);
    });
  });

  it('goes on in the field’s part on the next page, each line of the answer once', async () => {
    const answer = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join('\n');
    const filled = await fillAnswers(many.bytes, { vahvuudet: answer });
    expect(filled.cut).toEqual([]);
    const parts = await rulesOf(many.bytes, 'vahvuudet');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const lines = textLines(saveTmp('lined-many.pdf', filled.bytes)).filter((l) => l.text.startsWith('Lause'));
    expect(lines.map((l) => l.text)).toEqual(Array.from({ length: 40 }, (_, i) => sentence(i + 1)));
    const pages = new Set(lines.map((l) => l.page));
    expect([...pages]).toEqual(parts.slice(0, pages.size).map((p) => p.page));
    expect(pages.size).toBeGreaterThanOrEqual(2);
    // The first page's lines are used up before the answer moves on.
    const first = parts[0]?.rules.length ?? 0;
    expect(lines.filter((l) => l.page === parts[0]?.page)).toHaveLength(first);
  });

  it('sets an answer longer than the lines two to a line, and continues what still does not fit at the end, saying so', async () => {
    const longer = Array.from({ length: 8 }, (_, i) => sentence(i + 1)).join('\n');
    const compact = await fillAnswers(five.bytes, { vahvuudet: longer });
    expect(compact.cut).toEqual([]);
    const compactLines = textLines(saveTmp('lined-compact.pdf', compact.bytes)).filter((l) =>
      l.text.startsWith('Lause'),
    );
    expect(compactLines).toHaveLength(8);

    const tooLong = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join('\n');
    const cut = await fillAnswers(five.bytes, { vahvuudet: tooLong });
    expect(cut.cut).toEqual(['vahvuudet']);
    const formPages = (await PDFDocument.load(five.bytes)).getPageCount();
    const all = textLines(saveTmp('lined-cut.pdf', cut.bytes));
    const cutLines = all.filter((l) => l.page <= formPages && l.text.startsWith('Lause'));
    expect(cutLines).toHaveLength(10);
    expect(cutLines.at(-1)?.text).toMatch(/… \[1\]$/);
    // The whole answer, every sentence, on the pages added at the end.
    const continued = all.filter((l) => l.page > formPages).map((l) => l.text.trim());
    expect(continued.filter((l) => l.startsWith('Lause'))).toEqual(
      Array.from({ length: 30 }, (_, i) => sentence(i + 1)),
    );
  });
});

describe.runIf(hasPoppler)('a long one-line answer in the answers PDF', () => {
  let blank: WorksheetPdf;
  beforeAll(async () => {
    blank = await worksheetPdf(fixtureSheet(), 'fi', site, 'https://example.org/kaikki/');
  }, 60_000);
  const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i + 1}`).join(' ');
  /** All the file's text as one string of words (poppler breaks lines where the layout does). */
  const allText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');

  it('an answer of 120 characters in a text field and a table cell is in the file whole', async () => {
    const name = words(20, 'nimi'); // about 120 characters
    const topic = words(20, 'aihe');
    const filled = await fillAnswers(blank.bytes, { nimi: name, tapaamiset: [{ aihe: topic, sovittu: 'lyhyt' }] });
    const text = allText(saveTmp('oneline-120.pdf', filled.bytes));
    for (const word of `${name} ${topic} lyhyt`.split(' ')) expect(text).toContain(`${word} `);
  });

  it('an answer too long for its box goes on at the end of the file, with a reference in the box, and says so', async () => {
    const topic = words(150, 'sana');
    const filled = await fillAnswers(blank.bytes, { tapaamiset: [{ aihe: topic }] });
    expect(filled.cut).toEqual(['tapaamiset:1:aihe']);
    const file = saveTmp('oneline-continued.pdf', filled.bytes);
    const blankPages = (await PDFDocument.load(blank.bytes)).getPageCount();
    const pdf = await PDFDocument.load(filled.bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(blankPages);
    const lines = textLines(file);
    const extra = lines.filter((l) => l.page > blankPages).map((l) => l.text);
    expect(extra[0]).toMatch(/^Jatkuu: vastaukset/);
    expect(extra.join(' ')).toContain('[1]');
    // The whole answer, word by word, on the added pages.
    const continued = extra.slice(2).join(' ').split(/\s+/).filter(Boolean);
    expect(continued).toEqual(topic.split(' '));
    expect(lines.some((l) => l.page <= blankPages && l.text.includes('… [1]'))).toBe(true);
  });
});
