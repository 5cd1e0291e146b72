import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newContext } from '../support/browser.ts';
import { type BuildResult, buildSite, copySite, filesUnder, removeCopies } from '../support/fixture-site.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

/**
 * A guidebook of its own (basics/site: its own site.config.ts, content/, logo and colours) is
 * built by the plugin, served under the sub-path /example/, with its worksheet and its PDFs.
 */
let build: BuildResult;
const read = (relative: string) => readFileSync(path.join(build.outDir, relative), 'utf8');

beforeAll(async () => {
  // A copy (in its own folder), so parallel test runs never share Astro's .astro/ folder.
  build = await buildSite(copySite());
  if (build.code !== 0) throw new Error(`The basics fixture site did not build:\n${build.output.slice(-4000)}`);
}, 300_000);
afterAll(() => removeCopies());

describe('a guidebook built by the plugin (basics/site)', () => {
  it('builds its pages in both locales', () => {
    const pages = filesUnder(build.outDir, '.html').filter((p) => !p.startsWith('pagefind'));
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'kasvimaa/index.html', 'en/index.html', 'en/kasvimaa/index.html']),
    );
  });

  it('uses its own title, language and logo', () => {
    const fi = read('kasvimaa/index.html');
    const en = read('en/kasvimaa/index.html');
    expect(fi).toMatch(/<title>Kasvimaan suunnittelu \| Kasvimaaopas<\/title>/);
    expect(en).toMatch(/<title>Planning your vegetable garden \| Vegetable Garden Guide<\/title>/);
    expect(fi).toMatch(/<html[^>]+lang="fi"/);
    expect(en).toMatch(/<html[^>]+lang="en"/);
    expect(fi).toMatch(/<img[^>]+src="\/example\/_astro\/logo\.[^"]+\.svg"/);
    expect(fi).toContain('src="/example/logos/partner.svg"');
    // Nothing of the first guidebook made with the package (its name) leaks into another.
    expect(fi).not.toMatch(/Hämeen malli/);
  });

  it('puts its own colours into the CSS', () => {
    const css = filesUnder(path.join(build.outDir, '_astro'), '.css')
      .map((f) => read(path.join('_astro', f)))
      .join('\n');
    expect(css).toContain('#5b2a86');
    expect(css).toContain('#d2b6f0');
  });

  it('renders the worksheet as a form', () => {
    const html = read('kasvimaa/index.html');
    expect(html).toMatch(/<form[^>]+data-ws-form/);
    expect(html).toContain('data-worksheet="kasvimaan-suunnitelma"');
    expect(html).toContain('Mitä haluat kasvattaa?');
    expect(read('en/kasvimaa/index.html')).toContain('What do you want to grow?');
  });

  it('serves every internal link and asset under the sub-path', () => {
    for (const page of ['index.html', 'kasvimaa/index.html', 'en/index.html', 'en/kasvimaa/index.html']) {
      const html = read(page);
      const urls = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1] as string);
      expect(urls.length).toBeGreaterThan(3);
      for (const url of urls) expect(url, `${page}: ${url}`).toMatch(/^\/example\//);
    }
    expect(read('index.html')).toContain('href="/example/kasvimaa/"');
    expect(read('en/index.html')).toContain('href="/example/en/kasvimaa/"');
  });

  it('works offline under the sub-path: its service worker stores its own files, its manifest starts there', () => {
    const stored = [...read('sw.js').matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(stored.length).toBeGreaterThan(10);
    for (const url of stored) expect(url).toMatch(/^\/example\//);
    expect(stored).toEqual(expect.arrayContaining(['/example/offline/', '/example/en/offline/']));
    const manifest = JSON.parse(read('manifest.webmanifest')) as { start_url: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe('/example/');
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons)
      expect(existsSync(path.join(build.outDir, icon.src.replace(/^\/example\//, '')))).toBe(true);
  });

  it('makes its PDFs and links them under the sub-path', () => {
    const html = read('kasvimaa/index.html');
    const pdfLinks = [...html.matchAll(/href="(\/example\/pdf\/[^"]+\.pdf)"/g)].map((m) => m[1] as string);
    expect(pdfLinks).toContain('/example/pdf/fi/worksheets/kasvimaan-suunnitelma.pdf');
    expect(pdfLinks).toContain('/example/pdf/fi/kasvimaa.pdf');
    for (const link of pdfLinks) {
      const file = path.join(build.outDir, link.replace(/^\/example\//, ''));
      expect(existsSync(file), `${link} exists in the output`).toBe(true);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    }
    for (const file of ['pdf/en/worksheets/kasvimaan-suunnitelma.pdf', 'pdf/en/kasvimaa.pdf']) {
      expect(existsSync(path.join(build.outDir, file)), file).toBe(true);
    }
  });
});

/** In a browser, served like a static host under /example/: nothing 404s and the scripts run. */
describe.skipIf(!hasChromium)('the basics guidebook in Chromium, under /example/', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(build.outDir, '/example/');
  });
  afterAll(async () => server?.close());

  it('loads every asset, applies its colours, runs the worksheet script and finds its pages', async () => {
    const browser = await launchBrowser();
    try {
      const page = await newContext(browser).then((c) => c.newPage());
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
      await page.goto(`${server.origin}/example/kasvimaa/`, { waitUntil: 'networkidle' });
      expect(failed).toEqual([]);

      const accent = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
      );
      expect(['#5b2a86', '#d2b6f0']).toContain(accent.toLowerCase());
      // The worksheet's client script shows its status bar once it runs.
      await page.locator('[data-ws-bar]:not([hidden])').waitFor({ timeout: 10_000 });

      const pdf = await page.locator('a[href$="kasvimaan-suunnitelma.pdf"]').first().getAttribute('href');
      const response = await page.request.get(`${server.origin}${pdf}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');

      // As a string: Vitest would rewrite an import() written in the test's own code.
      const hits = (await page.evaluate(`(async () => {
        const pagefind = await import('/example/pagefind/pagefind.js');
        const result = await pagefind.search('kasvimaa');
        return Promise.all(result.results.map(async (r) => (await r.data()).url));
      })()`)) as string[];
      expect(hits.length).toBeGreaterThan(0);
      for (const url of hits) expect(url).toMatch(/^\/example\//);
    } finally {
      await browser.close();
    }
  });
});
