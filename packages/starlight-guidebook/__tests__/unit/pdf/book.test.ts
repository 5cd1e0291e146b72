import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BookPdf, bookPdf } from '../../../pdf/book/book.ts';
import { materialPages } from '../../../pdf/mdx/pages.ts';
import { applyPrintForms } from '../../../pdf/mdx/transform.ts';
import { guideTranslator } from '../../../translations/site.ts';
import { fixtureSheet, fixtures, hasPoppler, hasQpdf, pdfText, saveTmp, site, tmp } from './support.ts';

let book: BookPdf;
let file: string;

beforeAll(async () => {
  // A tiny project: two pages of one material.
  const root = path.join(tmp, 'project');
  const dir = path.join(root, 'content', 'docs', 'tulevaisuusvalmennus');
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(fixtures, 'sivu.mdx'), path.join(dir, 'kulku.mdx'));
  cpSync(path.join(fixtures, 'sivu.mdx'), path.join(dir, 'index.mdx'));
  const index = readFileSync(path.join(dir, 'index.mdx'), 'utf8')
    .replace('order: 2', 'order: 0')
    .replace('title: Kokeilun kulku – Ääkköset', 'title: Johdanto');
  (await import('node:fs')).writeFileSync(path.join(dir, 'index.mdx'), index);
  const pages = await materialPages(root, 'tulevaisuusvalmennus', 'fi', 'fi');
  expect(pages.map((p) => p.title)).toEqual(['Johdanto', 'Kokeilun kulku – Ääkköset']);
  const chapters = [];
  for (const p of pages) {
    const tree = await applyPrintForms(p.tree, p.file, {
      locale: 'fi',
      material: 'tulevaisuusvalmennus',
      pageUrl: 'https://example.org/',
      file: p.relPath,
      t: guideTranslator('/nonexistent', 'fi', 'fi'),
    });
    chapters.push({ title: p.title, tree, file: p.file, relPath: p.relPath });
  }
  const sheet = fixtureSheet();
  book = await bookPdf({
    slug: 'tulevaisuusvalmennus',
    locale: 'fi',
    chapters,
    worksheets: new Map([[sheet.id, sheet]]),
    worksheetUrls: new Map(),
    root,
    site,
  });
  file = saveTmp('book.pdf', book.bytes);
}, 60_000);

describe('material book', () => {
  it('has a cover, contents, chapters and the worksheet pages', () => {
    // cover + contents + 2 chapters + worksheet appendix (3 pages)
    expect(book.pages).toBeGreaterThanOrEqual(6);
    expect(book.headings, JSON.stringify(book.headings)).toEqual(
      expect.arrayContaining(['Johdanto', 'Ennen kokeilua [uusi]', 'Kaikki kenttätyypit – Äänekoski ja Åland']),
    );
  });

  it('has bookmarks mirroring the headings and is tagged', async () => {
    const doc = await PDFDocument.load(book.bytes, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(doc.getTitle()).toBe('Työkirja');
    expect(doc.getSubject()).toBe('Harjoituksia');
  });

  it.runIf(hasQpdf)('passes qpdf --check', () => {
    expect(() => execFileSync('qpdf', ['--check', file])).not.toThrow();
  });

  it.runIf(hasPoppler)('prints headings, tables, notes and visible link addresses', () => {
    const text = pdfText(file);
    for (const s of [
      'Sisällys',
      'Kokeilun kulku – Ääkköset',
      'Ennen kokeilua',
      'Hyvä tietää',
      'Huomaa',
      'Perehdyttää',
      '(example.org/opas/opas/',
      'Lomakkeet',
    ]) {
      expect(text).toContain(s);
    }
  });
});
