import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlPages, readDist } from '../support/dist.ts';

beforeAll(assertBuilt);

/** A locale's not-found page (`en/404/`): served at missing addresses, it shows its home page's card. */
const notFound = (page: string) => /(^|\/)404\/index\.html$/.test(page);

describe('social preview cards', () => {
  it.each(htmlPages().filter((p) => !notFound(p)))('%s points to its own 1200×630 card', (page) => {
    const html = readDist(page);
    const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(url, 'og:image').toBeTruthy();
    const { pathname } = new URL(url ?? '');
    expect(pathname).toBe(`/og/${page.replace(/\/?index\.html$/, '') || 'index'}.png`);
    const png = readFileSync(path.join(distDir, pathname));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  });
});

describe('the not-found pages', () => {
  // Served at any missing address: no canonical address of their own, only files that exist.
  it.each(['404.html', ...htmlPages().filter(notFound)])(
    '%s names no address and no file that does not exist',
    (page) => {
      const html = readDist(page);
      expect(html).not.toMatch(/<link rel="canonical"/);
      expect(html).not.toMatch(/<meta property="og:url"/);
      const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      const { pathname } = new URL(url ?? '');
      const locale = page.split('/').length > 1 ? page.split('/')[0] : undefined;
      expect(pathname).toBe(`/og/${locale ?? 'index'}.png`);
      expect(readFileSync(path.join(distDir, pathname)).readUInt32BE(16)).toBe(1200);
    },
  );
});
