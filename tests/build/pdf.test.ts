import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Heading } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { materialPages } from '../../packages/starlight-guidebook/pdf/mdx/pages.ts';
import {
  manifestPath,
  materialPdfPath,
  type PdfManifest,
  pagePdfPath,
  worksheetPdfPath,
} from '../../packages/starlight-guidebook/pdf/paths.ts';
import { loadWorksheets } from '../../packages/starlight-guidebook/worksheets/load.ts';
import type { WorksheetDefinition } from '../../packages/starlight-guidebook/worksheets/schema.ts';
import { pickText } from '../../packages/starlight-guidebook/worksheets/text.ts';
import siteConfig from '../../site.config.ts';
import { assertBuilt, distDir } from '../support/dist.ts';

/**
 * Every PDF the build wrote: valid (qpdf), the page count and metadata the manifest promises,
 * the document language, every heading as text with Finnish letters intact, one form field per
 * input in the worksheets, and pages that are not blank.
 */
const root = path.resolve('.');
const locales = siteConfig.locales.map((l) => l.code);
const rootLocale = locales[0] ?? 'fi';
let manifest: PdfManifest;
let worksheets: WorksheetDefinition[];

const text = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(distDir, file), '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).replace(/\s+/g, ' ');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  assertBuilt();
  manifest = JSON.parse(readFileSync(path.join(distDir, manifestPath), 'utf8')) as PdfManifest;
  worksheets = (await loadWorksheets(root)).map((w) => w.definition);
});

/** Fillable fields a definition should produce: one per thing a person fills in, and the name and date under the title. */
function expectedFields(sheet: WorksheetDefinition): number {
  let n = 2;
  for (const f of sheet.sections.flatMap((s) => s.fields)) {
    if (f.type === 'multi') n += f.options.length + (f.other ? 2 : 0);
    else if (f.type === 'checklist') n += f.items.length * (f.notes ? 2 : 1);
    else if (f.type === 'matrix') n += f.rows.length;
    else if (f.type === 'table') n += f.printRows * f.columns.length;
    else if (f.type !== 'info') n += 1;
  }
  return n;
}

describe('PDFs in dist/pdf', () => {
  it('the manifest lists every worksheet and every material in every locale', async () => {
    expect(manifest.generated).toBe(true);
    const paths = manifest.entries.map((e) => e.path);
    for (const locale of locales) {
      for (const sheet of worksheets) expect(paths).toContain(worksheetPdfPath(locale, sheet.id));
      for (const material of siteConfig.materials) {
        const pages = await materialPages(root, material.slug, locale, rootLocale);
        if (pages.length > 0) expect(paths).toContain(materialPdfPath(locale, material.slug));
      }
    }
  });

  it('every page with pagePdf: true is a PDF of its own, on one page with all its headings', async () => {
    let found = 0;
    for (const locale of locales) {
      for (const material of siteConfig.materials) {
        for (const page of await materialPages(root, material.slug, locale, rootLocale)) {
          if (page.frontmatter.pagePdf !== true) continue;
          found++;
          const entry = manifest.entries.find((e) => e.path === pagePdfPath(locale, page.slug));
          expect(entry, `${page.relPath}: no page PDF`).toMatchObject({
            kind: 'page',
            id: page.slug,
            title: page.title,
          });
          const content = text(pagePdfPath(locale, page.slug));
          expect(content).toContain(norm(page.title));
          const headings = page.tree.children.filter((n): n is Heading => n.type === 'heading');
          for (const h of headings) expect(content, page.relPath).toContain(norm(plainText(h)));
          // The page links to its own PDF.
          const html = readFileSync(
            path.join(distDir, locale === rootLocale ? '' : locale, page.slug, 'index.html'),
            'utf8',
          );
          expect(html).toContain(`/${pagePdfPath(locale, page.slug)}`);
          // And the downloads page lists it.
          expect(readFileSync(path.join(distDir, 'lataukset/index.html'), 'utf8')).toContain(
            `/${pagePdfPath(locale, page.slug)}`,
          );
        }
      }
    }
    expect(found, 'the mentor card is a page PDF in both languages').toBeGreaterThanOrEqual(2);
    // The mentor's card is one A4 page.
    for (const locale of locales) {
      expect(manifest.entries.find((e) => e.path === pagePdfPath(locale, 'mentorointi/mentorin-kortti'))?.pages).toBe(
        1,
      );
    }
  });

  it('every file exists with the size the manifest gives', () => {
    for (const e of manifest.entries) {
      const file = path.join(distDir, e.path);
      expect(existsSync(file), e.path).toBe(true);
      expect(statSync(file).size, e.path).toBe(e.bytes);
    }
  });

  it('every PDF passes qpdf --check', () => {
    const failed: string[] = [];
    for (const e of manifest.entries) {
      try {
        execFileSync('qpdf', ['--check', path.join(distDir, e.path)], { stdio: 'pipe' });
      } catch (error) {
        failed.push(`${e.path}: ${String((error as { stdout?: Buffer }).stdout ?? error).slice(0, 300)}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('every PDF has its page count, title, author, subject and language', async () => {
    for (const e of manifest.entries) {
      const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', path.join(distDir, e.path)], { encoding: 'utf8' });
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
      expect(Number(field('Pages')), e.path).toBe(e.pages);
      expect(field('Title'), e.path).toBe(e.title);
      expect(field('Author').length, `${e.path} author`).toBeGreaterThan(3);
      expect(field('Subject').length, `${e.path} subject`).toBeGreaterThan(3);
      expect(field('Tagged'), e.path).toBe('yes');
      const doc = await PDFDocument.load(readFileSync(path.join(distDir, e.path)), { updateMetadata: false });
      expect(String(doc.catalog.lookup(PDFName.of('Lang'))), e.path).toBe(`(${e.locale})`);
    }
  });

  it('every book contains every heading of its pages, letters intact', async () => {
    for (const e of manifest.entries.filter((x) => x.kind === 'material')) {
      const body = text(e.path);
      const pages = await materialPages(root, e.id, e.locale, rootLocale);
      const missing: string[] = [];
      for (const page of pages) {
        if (!body.includes(norm(page.title))) missing.push(page.title);
        // The page's own headings; those inside a component belong to that component's print form.
        for (const h of page.tree.children.filter((n): n is Heading => n.type === 'heading')) {
          // Components inside a heading (a badge) print as their own text: check the words.
          const words = norm(
            plainText({ ...h, children: h.children.filter((c) => !String(c.type).startsWith('mdx')) }),
          );
          if (words && !body.includes(words)) missing.push(`${page.relPath}: ${words}`);
        }
      }
      expect(missing, e.path).toEqual([]);
    }
  });

  it('a book leaves out the link to itself together with its lead-in', () => {
    // The web page says "The whole guide is also a printable book:" before the link; in the book
    // that sentence would lead to nothing.
    expect(text('pdf/fi/opas.pdf')).not.toContain('tulostettavana kirjana');
    expect(text('pdf/en/mentorointi.pdf')).not.toContain('printable PDF book');
    expect(readFileSync(path.join(distDir, 'opas/index.html'), 'utf8')).toContain('tulostettavana kirjana:');
  });

  it('every worksheet PDF has its title and section headings, and one form field per input', async () => {
    for (const e of manifest.entries.filter((x) => x.kind === 'worksheet')) {
      const sheet = worksheets.find((w) => w.id === e.id);
      if (!sheet) throw new Error(`no definition for ${e.id}`);
      const body = text(e.path);
      expect(body, e.path).toContain(norm(pickText(sheet.title, e.locale)));
      for (const s of sheet.sections) expect(body, e.path).toContain(norm(pickText(s.title, e.locale)));
      const doc = await PDFDocument.load(readFileSync(path.join(distDir, e.path)));
      const names = doc
        .getForm()
        .getFields()
        .map((f) => f.getName());
      expect(names.length, e.path).toBe(expectedFields(sheet));
      expect(new Set(names).size, `${e.path} unique names`).toBe(names.length);
      expect(e.fields).toBe(names.length);
    }
  });

  it('every worksheet PDF keeps each section title on the page where its first question starts', () => {
    const strays: string[] = [];
    for (const e of manifest.entries.filter((x) => x.kind === 'worksheet')) {
      const sheet = worksheets.find((w) => w.id === e.id) as WorksheetDefinition;
      // pdftotext ends each page with a form feed.
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(distDir, e.path), '-'], {
        encoding: 'utf8',
      }).split('\f');
      for (const section of sheet.sections) {
        const first = section.fields[0];
        const label = first && 'label' in first && first.label ? norm(pickText(first.label, e.locale)) : undefined;
        if (!label) continue;
        // The title is a line of its own; the same words may appear earlier in running text.
        const title = norm(pickText(section.title, e.locale));
        const page = pages.findIndex((p) => p.split('\n').some((line) => norm(line) === title));
        if (!norm(pages[page] ?? '').includes(label))
          strays.push(`${e.path}: "${title}" on page ${page + 1} without "${label}"`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('pages render with ink on them (pdftoppm)', () => {
    const pick = [
      ...manifest.entries.filter((e) => e.kind === 'material' || e.kind === 'page'),
      ...manifest.entries.filter((e) => e.kind === 'worksheet').slice(0, 4),
    ];
    for (const e of pick) {
      for (const page of [1, Math.min(e.pages, 3), e.pages]) {
        const pgm = execFileSync('pdftoppm', [
          '-gray',
          '-r',
          '24',
          '-f',
          String(page),
          '-l',
          String(page),
          path.join(distDir, e.path),
        ]);
        // P5 header: "P5\n<w> <h>\n255\n", then one byte per pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
        expect(header, e.path).not.toBeNull();
        const pixels = pgm.subarray((header?.[0] ?? '').length);
        const dark = pixels.filter((v) => v < 200).length / pixels.length;
        expect(dark, `${e.path} page ${page} looks blank`).toBeGreaterThan(0.005);
      }
    }
  });
});
