import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure, generatePdfs } from '../../../pdf/generate.ts';
import { mergeShares, pdfWorkerCount } from '../../../pdf/worker-run.ts';
import { fixtures, site, tmp } from './support.ts';

/** A throw-away project: one material with the given pages, one worksheet. */
function project(name: string, pages: Record<string, string>): string {
  const root = path.join(tmp, name);
  const docs = path.join(root, 'content', 'docs', 'tulevaisuusvalmennus');
  mkdirSync(docs, { recursive: true });
  mkdirSync(path.join(root, 'content', 'worksheets'), { recursive: true });
  cpSync(path.join(fixtures, 'kaikki-kentat.yaml'), path.join(root, 'content', 'worksheets', 'kaikki-kentat.yaml'));
  for (const [file, text] of Object.entries(pages)) writeFileSync(path.join(docs, file), text);
  return root;
}

describe('the PDF step', () => {
  it('makes every worksheet and book per locale, then reuses them from the cache', async () => {
    const root = project('ok', { 'index.mdx': '---\ntitle: Aloitus\n---\n\nTekstiä ja **lihavaa**.\n' });
    const cacheDir = path.join(root, 'cache');
    const first = await generatePdfs({ root, site, cacheDir });
    expect(first.manifest.entries.map((e) => e.path).sort()).toEqual([
      'pdf/en/worksheets/kaikki-kentat.pdf',
      'pdf/fi/tulevaisuusvalmennus.pdf',
      'pdf/fi/worksheets/kaikki-kentat.pdf',
    ]);
    expect(first.stats.made).toBe(3);
    const second = await generatePdfs({ root, site, cacheDir });
    expect(second.stats).toMatchObject({ made: 0, reused: 3 });
    expect(second.manifest.entries).toEqual(first.manifest.entries);
    // A changed page: its book is made again, the worksheets come from the cache.
    writeFileSync(
      path.join(root, 'content/docs/tulevaisuusvalmennus/index.mdx'),
      '---\ntitle: Aloitus\n---\n\nMuutettu teksti.\n',
    );
    const third = await generatePdfs({ root, site, cacheDir });
    expect(third.stats).toMatchObject({ made: 1, reused: 2 });
  }, 120_000);

  it('splits the PDFs into shares for parallel workers that merge into the same list', async () => {
    const root = project('shares', { 'index.mdx': '---\ntitle: Aloitus\n---\n\nTekstiä.\n' });
    const whole = await generatePdfs({ root, site, cacheDir: path.join(root, 'cache-whole') });
    const cacheDir = path.join(root, 'cache-shared');
    const first = await generatePdfs({ root, site, cacheDir, share: { index: 0, count: 2 } });
    const second = await generatePdfs({ root, site, cacheDir, share: { index: 1, count: 2 } });
    expect(first.manifest.entries.length).toBe(2);
    expect(second.manifest.entries.length).toBe(1);
    const merged = mergeShares([second, first]);
    expect(merged.manifest.entries).toEqual(whole.manifest.entries);
    expect([...merged.files.keys()].sort()).toEqual([...whole.files.keys()].sort());
    expect(merged.stats).toMatchObject({ made: 3, reused: 0 });
  }, 120_000);

  it('leaves a core to Astro: one worker on two cores, at most three', () => {
    expect([1, 2, 3, 4, 8, 64].map(pdfWorkerCount)).toEqual([1, 1, 2, 3, 3, 3]);
  });

  it('fails naming the page and the component without a print form', async () => {
    const root = project('broken', {
      'index.mdx': "---\ntitle: Rikki\n---\n\nimport Outo from './Outo.astro';\n\n<Outo />\n",
    });
    await expect(generatePdfs({ root, site, cacheDir: path.join(root, 'cache') })).rejects.toThrow(
      /content\/docs\/tulevaisuusvalmennus\/index\.mdx:7:1: <Outo> has no print form/,
    );
  }, 120_000);
});

describe('a failed PDF', () => {
  it("is the page's line for a mistake in the page, and keeps its stack for a bug in the engine", () => {
    const mistake = Object.assign(new Error('x'), {
      file: 'content/docs/a.mdx',
      line: 5,
      column: 1,
      reason: 'no worksheet "x"',
    });
    expect(describeFailure(mistake)).toBe('content/docs/a.mdx:5:1: no worksheet "x"');
    expect(describeFailure(new Error('the image is too large'))).toBe('the image is too large');
    const bug = new TypeError("Cannot read properties of undefined (reading 'width')");
    expect(describeFailure(bug)).toMatch(/^TypeError: Cannot read properties of undefined \(reading 'width'\)\n\s+at /);
  });
});
