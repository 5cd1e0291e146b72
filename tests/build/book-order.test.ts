import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { materialPdfPath } from '../../packages/starlight-guidebook/pdf/paths.ts';
import siteConfig from '../../site.config.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';

/**
 * A material's book has the chapters Starlight's sidebar shows for it, in the sidebar's order. The
 * PDF step lists a material's pages itself (it plans before Astro's content sync), so this holds
 * its list against what Starlight really built: the sidebar of the material's own page, each entry
 * followed to its page for the title the book's bookmark carries.
 */
const rootLocale = siteConfig.locales[0]?.code ?? 'fi';
const cases = siteConfig.locales.flatMap((locale) =>
  siteConfig.materials.map((material) => ({ locale: locale.code, material: material.slug })),
);
const prefix = (locale: string) => (locale === rootLocale ? '/' : `/${locale}/`);
const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();

/** The page addresses of a material's sidebar group, in the order Starlight shows them. */
function sidebarPages(locale: string, material: string): string[] {
  const html = readDist(`${prefix(locale).slice(1)}${material}/index.html`);
  const start = html.indexOf('<nav class="sidebar');
  const nav = html.slice(start, html.indexOf('</nav>', start));
  const base = `${prefix(locale)}${material}/`;
  return [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1] as string).filter((href) => href.startsWith(base));
}

/** A built page's title, as its heading shows it. */
function pageTitle(href: string): string {
  const html = readDist(`${href.slice(1)}index.html`);
  const h1 = html.match(/<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/);
  if (!h1?.[1]) throw new Error(`${href}: no page title found`);
  return decode(h1[1].replace(/<[^>]+>/g, ''));
}

async function bookmarks(file: string): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const task = getDocument({
    url: path.join(distDir, file),
    standardFontDataUrl: `${path.dirname(require.resolve('pdfjs-dist/package.json'))}/standard_fonts/`,
  });
  try {
    const doc = await task.promise;
    return ((await doc.getOutline()) ?? []).map((item) => item.title.trim());
  } finally {
    await task.destroy();
  }
}

beforeAll(() => assertBuilt());

describe("books follow Starlight's sidebar", () => {
  it.each(cases)(
    '$material ($locale): the chapters are the sidebar pages, in its order',
    async ({ locale, material }) => {
      const sidebar = sidebarPages(locale, material);
      expect(sidebar.length).toBeGreaterThan(1);
      expect(await bookmarks(materialPdfPath(locale, material))).toEqual(sidebar.map(pageTitle));
    },
  );
});
