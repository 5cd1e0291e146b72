import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { distDir, htmlPages, readDist } from '../support/dist.ts';
import { serveDist } from '../support/server.ts';
import { useBuiltSite } from '../support/site.ts';

/**
 * Offline use: after one visit, the service worker (packages/starlight-guidebook/offline/) serves worksheets, visited
 * pages and search without a network, and an address it does not have gets the offline page in
 * the address's language.
 */
const site = useBuiltSite();

const worksheetPages = htmlPages()
  .filter((p) => readDist(p).includes('<textarea') && readDist(p).includes('data-worksheet'))
  .map((p) => `/${p.replace(/index\.html$/, '')}`);
const finnishWorksheets = worksheetPages.filter((p) => !p.startsWith('/en/'));
// The pages the service worker stores at install (their addresses end in "/").
const storedAtInstall = new Set([...readDist('sw.js').matchAll(/url:"([^"]*\/)"/g)].map((m) => m[1]));
// A page of a locale the worker does not store at install (a reading page), never visited here.
const readingPage = (locale: 'fi' | 'en') =>
  htmlPages()
    .map((p) => `/${p.replace(/index\.html$/, '')}`)
    .find((p) => (locale === 'en') === p.startsWith('/en/') && p.split('/').length > 3 && !storedAtInstall.has(p));

/** Waits until the service worker has stored its files and controls the page. */
async function untilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

describe('offline', () => {
  it('keeps a worksheet usable offline: reload, type, reload, the answer is still there', async () => {
    const [first, second] = finnishWorksheets;
    expect(first, 'no Finnish worksheet page with a writing box').toBeDefined();
    expect(storedAtInstall.has(first ?? '') && storedAtInstall.has(second ?? '')).toBe(true);
    const context = await newContext(site.browser, { serviceWorkers: 'allow' });
    // Every request, the service worker's too, goes to the site itself.
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(site.origin) && !/^(blob|data):/.test(r.url())) foreign.push(r.url());
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${first}`);
    await untilOfflineReady(page);

    await context.setOffline(true);
    await page.reload();
    const box = page.locator('section[data-worksheet] textarea').first();
    await box.fill('Kirjoitettu ilman verkkoa');
    await box.blur();
    await page.reload();
    await expect(page.locator('section[data-worksheet] textarea').first().inputValue()).resolves.toBe(
      'Kirjoitettu ilman verkkoa',
    );

    // Another worksheet, never opened: stored at install, it works too.
    await page.goto(`${site.origin}${second}`);
    await page.waitForSelector('.ws-js');
    await expect(page.locator('section[data-worksheet] textarea').first().isEditable()).resolves.toBe(true);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows the offline page in the address language for a page never opened', async () => {
    const fi = readingPage('fi');
    const en = readingPage('en');
    expect(fi).toBeDefined();
    expect(en).toBeDefined();
    const context = await newContext(site.browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await untilOfflineReady(page);
    await context.setOffline(true);

    await page.goto(`${site.origin}${fi}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Ei verkkoyhteyttä');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fi');
    await page.goto(`${site.origin}${en}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('You are offline');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

    // The home page, visited online, comes from the device.
    await page.goto(`${site.origin}/`);
    await expect(page.locator('h1').textContent()).resolves.not.toContain('Ei verkkoyhteyttä');
    await context.close();
  });

  it('searches offline (Pagefind stored at install)', async () => {
    const context = await newContext(site.browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${site.origin}${finnishWorksheets[0]}`);
    await untilOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator('site-search button[data-open-modal]').first().click();
    await page.locator('site-search input').first().fill('työkokeilu');
    await expect(
      page.locator('site-search .pagefind-ui__result').first().waitFor({ timeout: 15_000 }),
    ).resolves.toBeUndefined();
    await context.close();
  });

  it('shows a new deployment on the next visit, and keeps a PDF opened once for offline', async () => {
    // A deployment of its own, changed while the browser has the old one stored.
    const copy = mkdtempSync(path.join(tmpdir(), 'offline-deploy-'));
    cpSync(distDir, copy, { recursive: true });
    const server = await serveDist(copy);
    const context = await newContext(site.browser, { serviceWorkers: 'allow' });
    try {
      const worksheet = finnishWorksheets[0] ?? '';
      const page = await context.newPage();
      await page.goto(`${server.origin}${worksheet}`);
      await untilOfflineReady(page);
      const pdf = await page.locator('a[href$=".pdf"]').first().getAttribute('href');
      expect(pdf).toBeTruthy();
      const fetchPdf = (url: string) =>
        page.evaluate(async (u) => {
          const response = await fetch(u);
          return `${response.status} ${new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))}`;
        }, url);
      await expect(fetchPdf(pdf ?? '')).resolves.toBe('200 %PDF-');

      const file = path.join(copy, worksheet, 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('<h1', '<p id="new-deployment">new</p><h1'));
      writeFileSync(path.join(copy, 'sw.js'), `${readFileSync(path.join(copy, 'sw.js'), 'utf8')}\n// deployment 2`);
      await page.reload();
      await expect(page.locator('#new-deployment').count()).resolves.toBe(1);

      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('#new-deployment').count()).resolves.toBe(1);
      await expect(fetchPdf(pdf ?? '')).resolves.toBe('200 %PDF-');
    } finally {
      await context.close();
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
