import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { handoutsOf } from '../../packages/starlight-guidebook/pdf/mdx/handouts.ts';
import { materialPages } from '../../packages/starlight-guidebook/pdf/mdx/pages.ts';
import {
  manifestPath,
  type PdfEntry,
  type PdfManifest,
  pagePdfPath,
} from '../../packages/starlight-guidebook/pdf/paths.ts';
import siteConfig from '../../site.config.ts';
import { assertBuilt, distDir } from '../support/dist.ts';
import { type PageBlock, pdfPageBlocks } from '../support/pdf-blocks.ts';

/**
 * Print polish, book-wide: every page of every PDF read back with pdf.js (its tagged text, as a
 * reader's software finds it) against the page-break rules, the engine's own record of them in
 * the manifest, and the hand-outs, the EU emblem and the worksheets' name and date lines.
 */
const root = path.resolve('.');
const locales = siteConfig.locales.map((l) => l.code);
const rootLocale = locales[0] ?? 'fi';
let manifest: PdfManifest;
const pagesOf = new Map<string, PageBlock[][]>();

const sources = /^(Lähteet|Sources):/;
const isHeading = (b: PageBlock) => /^H\d$/.test(b.tag);

beforeAll(async () => {
  assertBuilt();
  manifest = JSON.parse(readFileSync(path.join(distDir, manifestPath), 'utf8')) as PdfManifest;
  for (const e of manifest.entries) pagesOf.set(e.path, await pdfPageBlocks(path.join(distDir, e.path)));
}, 300_000);

const where = (e: PdfEntry, page: number) => `${e.path} page ${page + 1}`;

describe('page breaks in every PDF', () => {
  it('no page is blank, holds only headings, or only a source note', () => {
    const bad: string[] = [];
    for (const e of manifest.entries) {
      (pagesOf.get(e.path) ?? []).forEach((blocks, i) => {
        if (blocks.length === 0) bad.push(`${where(e, i)}: no text`);
        else if (blocks.every(isHeading)) bad.push(`${where(e, i)}: only headings`);
        else if (blocks.every((b) => sources.test(b.text))) bad.push(`${where(e, i)}: only the source note`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('no heading, section title or list marker ends a page that the document goes on after', () => {
    const bad: string[] = [];
    for (const e of manifest.entries) {
      const pages = pagesOf.get(e.path) ?? [];
      pages.forEach((blocks, i) => {
        const last = blocks.at(-1);
        if (i === pages.length - 1 || !last) return;
        if (isHeading(last) || last.tag === 'Lbl') bad.push(`${where(e, i)}: ends with ${last.tag} "${last.text}"`);
        if (last.text.trim() === 'Lähteet:' || last.text.trim() === 'Sources:')
          bad.push(`${where(e, i)}: lone "${last.text}"`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('the layout’s own record: no heading or lead line at a page’s foot, no writing line alone', () => {
    const reported = manifest.entries.filter((e) => e.pageBreaks?.length).map((e) => `${e.path}: ${e.pageBreaks}`);
    expect(reported).toEqual([]);
  });
});

describe('books', () => {
  it('list each exercise once in the contents', () => {
    for (const locale of locales) {
      const file = path.join(distDir, 'pdf', locale, 'tulevaisuusvalmennus.pdf');
      const contents = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', '2', '-l', '4', file, '-'], {
        encoding: 'utf8',
      });
      // The contents' entries: lines ending with a page number (headers and footers do not).
      const entries = contents
        .split('\n')
        .filter((line) => /\S\s+\d+\s*$/.test(line) && !/Sivu|Page/.test(line))
        .map((line) => line.replace(/\s*\d+\s*$/, '').trim());
      expect(entries.length, locale).toBeGreaterThan(20);
      const twice = entries.filter((line, i) => entries.indexOf(line) !== i);
      expect(twice, locale).toEqual([]);
    }
  });

  it('number chapters as the site does: no "Chapter n" of the book’s own', () => {
    for (const e of manifest.entries.filter((x) => x.kind === 'material')) {
      const words = (pagesOf.get(e.path) ?? []).flat().map((b) => b.text);
      expect(
        words.filter((w) => /^(LUKU|CHAPTER) \d+$/i.test(w.trim())),
        e.path,
      ).toEqual([]);
    }
  });

  it('keep the cover title whole after a hyphen, and carry the EU emblem with its statement', () => {
    for (const e of manifest.entries.filter((x) => x.kind === 'material')) {
      const cover = pagesOf.get(e.path)?.[0] ?? [];
      const title = cover.find((b) => b.tag === 'H1');
      // Lines join with a space: a break after a hyphen would show as "Foreign- Language".
      expect(title?.text.replace(/\u2011/g, '-').replace(/\u00a0/g, ' '), e.path).toBe(e.title);
      // A line of the title never ends with a hyphen that joins it to the next word.
      const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '1', path.join(distDir, e.path), '-'], {
        encoding: 'utf8',
      }).split('\n');
      expect(
        lines.filter((l) => / [-‑]$/.test(l.trim()) || /\s[-‑]$/.test(l)),
        e.path,
      ).toEqual([]);
      const statement = e.locale === 'fi' ? 'Euroopan unionin osarahoittama' : 'Co-funded by the European Union';
      expect(
        cover.some((b) => b.tag === 'P' && b.text === statement),
        e.path,
      ).toBe(true);
    }
  });
});

describe('hand-outs and worksheets', () => {
  it('every hand-out a page asks for is a PDF, linked from its page and listed on the downloads page', async () => {
    let found = 0;
    for (const locale of locales) {
      const downloads = readFileSync(
        path.join(distDir, locale === rootLocale ? '' : locale, 'lataukset/index.html'),
        'utf8',
      );
      for (const material of siteConfig.materials) {
        for (const page of await materialPages(root, material.slug, locale, rootLocale)) {
          for (const handout of handoutsOf(page)) {
            found++;
            const entry = manifest.entries.find((e) => e.path === pagePdfPath(locale, handout.slug));
            expect(entry, handout.slug).toMatchObject({ kind: 'page', title: handout.title });
            const html = readFileSync(
              path.join(distDir, locale === rootLocale ? '' : locale, page.slug, 'index.html'),
              'utf8',
            );
            expect(html, page.relPath).toContain(`/${pagePdfPath(locale, handout.slug)}`);
            expect(downloads, handout.slug).toContain(`/${pagePdfPath(locale, handout.slug)}`);
          }
        }
      }
    }
    // Five role checklists, three info packs and the mentor's card, in both languages.
    expect(found).toBeGreaterThanOrEqual(2 * 9);
    for (const locale of locales) {
      for (const role of ['tyonantaja', 'mentori', 'kokeilija', 'valmentaja', 'tyollisyyspalvelut']) {
        const entry = manifest.entries.find((e) => e.path === pagePdfPath(locale, `opas/tarkistuslistat/${role}`));
        expect(entry?.pages, `${locale} ${role}`).toBe(1);
      }
    }
  });

  it('every hand-out and worksheet names the EU funding on its first page; every worksheet has name and date lines', () => {
    for (const e of manifest.entries.filter((x) => x.kind !== 'material')) {
      const first = execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '1', path.join(distDir, e.path), '-'], {
        encoding: 'utf8',
      });
      expect(first, e.path).toContain(
        e.locale === 'fi' ? 'Euroopan unionin osarahoittama' : 'Co-funded by the European Union',
      );
      if (e.kind === 'worksheet')
        expect(first, e.path).toMatch(e.locale === 'fi' ? /Nimi\s+Päivämäärä/ : /Name\s+Date/);
    }
  });

  it('the mentor’s self-assessment fits on two pages', () => {
    for (const locale of locales) {
      const entry = manifest.entries.find(
        (e) => e.kind === 'worksheet' && e.id === 'mentorointi-itsearviointi' && e.locale === locale,
      );
      expect(entry?.pages).toBeLessThanOrEqual(2);
    }
  });
});
