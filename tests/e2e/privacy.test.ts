import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { useBuiltSite } from '../support/site.ts';

/**
 * Participants' answers never leave their device: while a person fills in a worksheet, exports,
 * imports and prints it, and searches the site, every request goes to the site's own origin and
 * the Content-Security-Policy blocks nothing the site itself needs.
 */
const site = useBuiltSite();

interface Recorder {
  requests: string[];
  violations: string[];
  /** Uncaught script errors: a broken script would hide a broken feature. */
  errors: string[];
}

async function recordedPage(): Promise<{ page: Page; log: Recorder }> {
  const context = await newContext(site.browser, { acceptDownloads: true });
  const log: Recorder = { requests: [], violations: [], errors: [] };
  context.on('request', (request) => log.requests.push(request.url()));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) log.violations.push(message.text());
    else if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('dialog', (dialog) => dialog.accept());
  page.on('pageerror', (error) => log.errors.push(error.message));
  return { page, log };
}

const foreign = (log: Recorder) =>
  log.requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));

describe('privacy and content security policy', () => {
  it('filling, exporting, importing and printing a worksheet, and searching, stay on the site', async () => {
    const { page, log } = await recordedPage();
    await page.goto(`${site.origin}/tulevaisuusvalmennus/oma-tilanne-nyt/`);
    await page.waitForSelector('.ws-js');

    // The form's own fields (a repeatable worksheet also has a round-name box outside the form).
    const firstText = page.locator('[data-ws-form] textarea, [data-ws-form] input[type="text"]').first();
    await firstText.fill('Yksityinen vastaus, joka ei saa lähteä laitteelta');
    await page.locator('[data-ws-form] input[type="radio"]').first().check();
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes('Yksityinen vastaus')),
    );

    const download = page.waitForEvent('download');
    await page.locator('[data-ws-action="export"]').click();
    const file = await (await download).path();
    await page.setInputFiles('[data-ws-import]', file);
    await page.locator('[data-ws-import-panel]').waitFor();
    await page.locator('[data-ws-action="merge"]').click();

    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.locator('[data-ws-action="print"]').click();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });

    await page.locator('site-search button[data-open-modal]:not([disabled])').click();
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill('mentori');
    await page.locator('.pagefind-ui__result-link').first().waitFor();

    expect(log.requests.length).toBeGreaterThan(5);
    expect(foreign(log)).toEqual([]);
    expect(log.requests.some((url) => url.includes('Yksityinen') || url.includes('Yksityinen%20vastaus'))).toBe(false);
    expect(log.violations.join('\n')).toBe('');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    '/',
    '/en/',
    '/opas/',
    '/opas/kokeilun-suunnittelija/',
    '/vieraskieliset/',
    '/opinnollistaminen/',
    '/lataukset/',
  ])('%s loads with no CSP violation, script error or foreign request', async (path) => {
    const { page, log } = await recordedPage();
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    expect(foreign(log)).toEqual([]);
    expect(log.violations.join('\n')).toBe('');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
