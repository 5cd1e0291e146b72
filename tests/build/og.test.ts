import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlPages, readDist } from '../support/dist.ts';

beforeAll(assertBuilt);

describe('social preview cards', () => {
  it.each(htmlPages())('%s points to its own 1200×630 card', (page) => {
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
