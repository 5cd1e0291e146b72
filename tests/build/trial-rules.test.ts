import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestPath, type PdfManifest, pagePdfPath } from '../../packages/starlight-guidebook/pdf/paths.ts';
import { readRules } from '../../src/tools/trial-rules/source.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';

/** The rules box shows on the employer's and participant's pages and in the guide, with every source linked. */

beforeAll(assertBuilt);

const pages = [
  ['fi', 'tyonantajalle/index.html'],
  ['fi', 'kokeilijalle/index.html'],
  ['fi', 'opas/mita-kokeilu-on/index.html'],
  ['en', 'en/tyonantajalle/index.html'],
  ['en', 'en/kokeilijalle/index.html'],
  ['en', 'en/opas/mita-kokeilu-on/index.html'],
] as const;

/** The addresses the Markdown source links to, as they appear in HTML (& escaped). */
function sourceUrls(lang: string): string[] {
  const { source } = readRules(lang);
  return [...new Set([...source.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? ''))];
}

describe('the rules box on the built pages', () => {
  it.each(pages)('%s %s shows the box once, with every source as a link', (lang, page) => {
    const html = readDist(page);
    expect(html.match(/data-trial-rules/g)).toHaveLength(1);
    const box = html.slice(html.indexOf('data-trial-rules'));
    const urls = sourceUrls(lang);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(box, url).toContain(`href="${url.replaceAll('&', '&amp;')}"`);
    expect(box).toContain(lang === 'fi' ? 'tarkistettu 6.12.2026' : 'checked on 6 December 2026');
  });
});

describe('the absence, illness and accident hand-out, built', () => {
  const handouts = [
    ['fi', 'content/docs/opas/poissaolo-ja-tapaturma.mdx', 'opas/poissaolo-ja-tapaturma/index.html'],
    ['en', 'content/docs/en/opas/poissaolo-ja-tapaturma.mdx', 'en/opas/poissaolo-ja-tapaturma/index.html'],
  ] as const;
  const sourcesOf = (file: string) => [
    ...new Set([...readFileSync(file, 'utf8').matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? '')),
  ];

  it.each(handouts)(
    '%s: the page links every source, and the PDF prints every source and the date checked',
    (lang, file, page) => {
      const html = readDist(page);
      const urls = sourcesOf(file);
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) expect(html, url).toContain(`href="${url.replaceAll('&', '&amp;')}"`);
      const checked = lang === 'fi' ? 'tarkistettu 6.12.2026' : 'checked on 6 December 2026';
      expect(html).toContain(checked);

      const manifest = JSON.parse(readFileSync(path.join(distDir, manifestPath), 'utf8')) as PdfManifest;
      const entry = manifest.entries.find((e) => e.path === pagePdfPath(lang, 'opas/poissaolo-ja-tapaturma'));
      expect(entry, 'a PDF of its own').toBeDefined();
      expect(entry?.pages).toBeLessThanOrEqual(4);
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(distDir, entry?.path ?? ''), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(pdf.split(checked).length - 1, 'every rule says when it was checked').toBeGreaterThanOrEqual(9);
      // Links print their address in the PDF, so a reader on paper can find the source.
      for (const host of ['kela.fi', 'valtiokonttori.fi', 'finlex.fi', 'tyotapaturmatieto.fi'])
        expect(pdf).toContain(host);
    },
  );
});
