import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, distFiles, htmlPages, readDist } from '../support/dist.ts';

/** Offline use and installing (packages/starlight-guidebook/offline/): what the build writes for the service worker. */
beforeAll(assertBuilt);

const storedAtInstall = () => new Set([...readDist('sw.js').matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? ''));
const pngSize = (file: string) => {
  const png = readFileSync(path.join(distDir, file));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe('offline use', () => {
  it('the service worker stores every worksheet page, every search file and each offline page at install', () => {
    const stored = storedAtInstall();
    const worksheets = htmlPages().filter((p) => /<section[^>]*\sdata-worksheet="/.test(readDist(p)));
    expect(worksheets.length).toBeGreaterThan(10);
    for (const page of worksheets) expect(stored, page).toContain(`/${page.replace(/index\.html$/, '')}`);
    for (const file of distFiles('', path.join(distDir, 'pagefind'))) expect(stored, file).toContain(`/${file}`);
    for (const url of ['/offline/', '/en/offline/', '/', '/en/']) expect(stored).toContain(url);
    // Every stored file exists (a missing one would make the install fail).
    for (const url of stored) {
      const file = url.endsWith('/') ? `${url}index.html` : url;
      expect(existsSync(path.join(distDir, decodeURIComponent(file))), url).toBe(true);
    }
  });

  it('the offline pages say so in their language and are left out of search', () => {
    expect(readDist('offline/index.html')).toContain('Ei verkkoyhteyttä');
    expect(readDist('en/offline/index.html')).toContain('You are offline');
    expect(readDist('offline/index.html')).toContain('<meta name="robots" content="noindex"');
    expect(readDist('offline/index.html')).not.toContain('data-pagefind-body');
  });

  it('every page links the web app manifest, whose icons exist at their sizes', () => {
    for (const page of htmlPages())
      expect(readDist(page), page).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    const manifest = JSON.parse(readDist('manifest.webmanifest')) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.name.length).toBeGreaterThan(2);
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const [w, h] = pngSize(icon.src.slice(1));
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  });

  it('registers the worker from a script the CSP allows (no unsafe-inline)', () => {
    const html = readDist('index.html');
    expect(html).toContain('serviceWorker');
    expect(html).not.toMatch(/script-src[^;"]*'unsafe-inline'/);
  });
});
