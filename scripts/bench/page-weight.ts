import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newContext } from '../../tests/support/browser.ts';
import { serveDist } from '../../tests/support/server.ts';

/** Raw and gzip bytes of one kind of content. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a page costs a reader once everything it loads by itself has loaded. */
export interface PageWeight {
  html: Bytes;
  /** JSON in the HTML (`<script type="application/json">`): data, not code. */
  inlineJson: Bytes;
  /** Code in the HTML (`<script>` without `src`). */
  inlineJs: Bytes;
  /** Script files, Starlight's lazily loaded search UI included. */
  js: Bytes;
  /** Stylesheets and `<style>` blocks. */
  css: Bytes;
  domNodes: number;
}

const sizeOf = (bodies: readonly (Buffer | string)[]): Bytes => ({
  raw: bodies.reduce((n, b) => n + Buffer.byteLength(b), 0),
  gzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
});

/** The figure the goal is about: JavaScript and the data shipped for it, gzip. */
export const codeAndData = (w: PageWeight) => w.js.gzip + w.inlineJs.gzip + w.inlineJson.gzip;

/**
 * Loads each page in Chromium and waits, explicitly, for Starlight's lazy work: the search box
 * loads Pagefind's UI (`ui-core.js`) when the browser is idle and draws its form, then the network
 * must stay quiet for half a second. (`networkidle` returned before the idle callback ran.)
 */
export async function pageWeights(dist: string, pages: readonly string[]): Promise<Map<string, PageWeight>> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const out = new Map<string, PageWeight>();
  try {
    for (const page of pages) {
      const context = await newContext(browser);
      const tab = await context.newPage();
      const files = new Map<string, 'script' | 'stylesheet'>();
      let inFlight = 0;
      let lastActivity = Date.now();
      tab.on('request', () => {
        inFlight++;
        lastActivity = Date.now();
      });
      const settle = () => {
        inFlight--;
        lastActivity = Date.now();
      };
      tab.on('requestfinished', settle);
      tab.on('requestfailed', settle);
      tab.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'script' || type === 'stylesheet') files.set(new URL(response.url()).pathname, type);
      });
      await tab.goto(`${server.origin}${page}`, { waitUntil: 'load' });
      await tab.waitForSelector('#starlight__search form.pagefind-ui__form', { state: 'attached', timeout: 30_000 });
      while (inFlight > 0 || Date.now() - lastActivity < 500) await tab.waitForTimeout(100);
      const domNodes = await tab.evaluate(() => document.getElementsByTagName('*').length);
      await context.close();

      const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
      const isJson = (attrs: string) => /type="application\/(ld\+)?json"/.test(attrs);
      const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
      const body = (p: string) => readFileSync(path.join(dist, decodeURIComponent(p)));
      const of = (type: 'script' | 'stylesheet') => [...files].filter(([, t]) => t === type).map(([p]) => body(p));
      out.set(page, {
        html: sizeOf([html]),
        inlineJson: sizeOf(scripts.filter((m) => isJson(m[1] ?? '')).map((m) => m[2] ?? '')),
        inlineJs: sizeOf(scripts.filter((m) => !isJson(m[1] ?? '')).map((m) => m[2] ?? '')),
        js: sizeOf(of('script')),
        css: sizeOf([...of('stylesheet'), ...styles]),
        domNodes,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
