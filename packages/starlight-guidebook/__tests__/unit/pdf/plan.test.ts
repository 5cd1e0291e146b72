import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSizes, hasSizePlaceholder, sizePlaceholder } from '../../../pdf/fill-sizes.ts';
import { generatePdfs } from '../../../pdf/generate.ts';
import type { PdfEntry } from '../../../pdf/paths.ts';
import { planMismatch, planPdfs } from '../../../pdf/plan.ts';
import { fixtures, site, tmp } from './support.ts';

describe('the plan of PDFs, known before any is laid out', () => {
  it('lists exactly the files the PDF step makes, with their titles', async () => {
    const root = path.join(tmp, 'plan');
    const docs = path.join(root, 'content', 'docs');
    mkdirSync(path.join(docs, 'tulevaisuusvalmennus'), { recursive: true });
    mkdirSync(path.join(docs, 'en', 'tulevaisuusvalmennus'), { recursive: true });
    mkdirSync(path.join(root, 'content', 'worksheets'), { recursive: true });
    cpSync(path.join(fixtures, 'kaikki-kentat.yaml'), path.join(root, 'content', 'worksheets', 'kaikki-kentat.yaml'));
    const page = (file: string, frontmatter: string) =>
      writeFileSync(path.join(docs, file), `---\n${frontmatter}\n---\n\nTekstiä.\n`);
    page('tulevaisuusvalmennus/index.mdx', 'title: Aloitus');
    page('tulevaisuusvalmennus/kortti.mdx', 'title: "Kortti: taskuun"\npagePdf: true');
    // Hand-outs: a section of a page and the whole page under another title, each a file of its own.
    writeFileSync(
      path.join(docs, 'tulevaisuusvalmennus', 'listat.mdx'),
      [
        '---',
        'title: Listat',
        'pagePdf:',
        '  - part: ohjaaja',
        '    title: "Tarkistuslista: ohjaaja"',
        '    section: Ohjaajalle',
        '    tickBoxes: true',
        '  - part: kaikki',
        '    title: Kaikki listat',
        '---',
        '',
        '## Ohjaajalle',
        '',
        '- Sovi aloituspäivä.',
        '',
      ].join('\n'),
    );
    page('tulevaisuusvalmennus/luonnos.mdx', 'title: Luonnos\ndraft: true\npagePdf: true');
    // Only hidden pages in English: no English book.
    page('en/tulevaisuusvalmennus/index.mdx', 'title: Start\nsidebar:\n  hidden: true');

    const plan = await planPdfs(root, site);
    const made = await generatePdfs({ root, site, cacheDir: path.join(root, 'cache') });
    expect(plan.entries.map((e) => e.path).sort()).toEqual([
      'pdf/en/worksheets/kaikki-kentat.pdf',
      'pdf/fi/pages/tulevaisuusvalmennus/kortti.pdf',
      'pdf/fi/pages/tulevaisuusvalmennus/listat/kaikki.pdf',
      'pdf/fi/pages/tulevaisuusvalmennus/listat/ohjaaja.pdf',
      'pdf/fi/tulevaisuusvalmennus.pdf',
      'pdf/fi/worksheets/kaikki-kentat.pdf',
    ]);
    expect(planMismatch(plan, made.manifest.entries)).toEqual([]);
    expect(plan.entries).toContainEqual(
      expect.objectContaining({
        kind: 'page',
        id: 'tulevaisuusvalmennus/listat/ohjaaja',
        title: 'Tarkistuslista: ohjaaja',
      }),
    );
    // Each planned entry is the made one without its size.
    for (const entry of made.manifest.entries) {
      const { bytes: _b, pages: _p, fields: _f, ...planned } = entry;
      expect(plan.entries).toContainEqual(planned);
    }
    // A file made but not planned is reported (links would be missing).
    expect(planMismatch({ ...plan, entries: plan.entries.slice(1) }, made.manifest.entries)).toHaveLength(1);
  }, 120_000);
});

describe('sizes written into the built pages', () => {
  const entry: PdfEntry = {
    kind: 'worksheet',
    id: 'a',
    locale: 'fi',
    path: 'pdf/fi/worksheets/a.pdf',
    title: 'A',
    material: 'm',
    bytes: 40 * 1024,
    pages: 3,
  };
  const entries = new Map([[entry.path, entry]]);

  it('fills each placeholder in the page language, leaving the rest of the page as it was', () => {
    const html = `<p>(PDF, ${sizePlaceholder(entry.path, 'fi')}, täytettävä)</p><p>${sizePlaceholder(entry.path, 'en')}</p>`;
    expect(hasSizePlaceholder(html)).toBe(true);
    const filled = fillSizes(html, entries);
    expect(filled).toBe(
      '<p>(PDF, <span class="pdf-size">3 sivua, 40 kt</span>, täytettävä)</p><p><span class="pdf-size">3 pages, 40 KB</span></p>',
    );
    expect(hasSizePlaceholder(filled)).toBe(false);
  });

  it('fails naming the file when a page links to a PDF that was not made', () => {
    expect(() => fillSizes(sizePlaceholder('pdf/fi/puuttuu.pdf', 'fi'), entries)).toThrow(/pdf\/fi\/puuttuu\.pdf/);
  });
});
