import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { htmlPages, readDist } from '../support/dist.ts';
import { axeSource, useBuiltSite } from '../support/site.ts';

/**
 * The participant's own folder ("Omat lomakkeeni"): fill two worksheets, see them listed, export
 * everything, get one PDF of all answers, clear, import, and do it again offline — by keyboard.
 */
const site = useBuiltSite();
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const folder = '/omat-lomakkeet/';
const KEY = 'guidebook:worksheet:';

// Two Finnish worksheet pages with a writing box, and their worksheet ids.
const sheets = htmlPages()
  .filter((p) => !p.startsWith('en/') && readDist(p).includes('<textarea'))
  .map((p) => ({
    path: `/${p.replace(/index\.html$/, '')}`,
    id: /data-worksheet="([^"]+)"/.exec(readDist(p))?.[1] ?? '',
  }))
  .filter((s) => s.id)
  .slice(0, 2);

async function fillFirstBox(context: BrowserContext, path: string, text: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  await page.waitForSelector('.ws-js');
  const box = page.locator('section[data-worksheet] textarea').first();
  await box.focus();
  await page.keyboard.type(text);
  await box.blur();
  await page.waitForFunction(() => /Tallennettu/.test(document.querySelector('[data-ws-status]')?.textContent ?? ''));
  await page.close();
}

// Sorted: the list shows the most recently saved first, and an import saves both at once.
const titles = async (page: Page) => (await page.locator('[data-my-rows] th').allTextContents()).sort();
const savedKeys = (page: Page) =>
  page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), KEY);

/** Tabs to `selector` and presses Enter on it. */
async function press(page: Page, selector: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press('Enter');
}

describe.runIf(hasPoppler)('my worksheets', () => {
  it('every worksheet links to the folder', () => {
    expect(sheets).toHaveLength(2);
    for (const sheet of sheets) expect(readDist(`${sheet.path.slice(1)}index.html`)).toContain(`href="${folder}"`);
  });

  it('lists what was filled in, exports it, makes one PDF, clears, imports — and works offline', async () => {
    const context = await newContext(site.browser, { acceptDownloads: true, serviceWorkers: 'allow' });
    const [first, second] = sheets as [(typeof sheets)[number], (typeof sheets)[number]];
    await fillFirstBox(context, first.path, 'Ensimmäisen lomakkeen vastaus');
    await fillFirstBox(context, second.path, 'Toisen lomakkeen vastaus');

    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.goto(`${site.origin}${folder}`);
    // The service worker controls the page (as it does moments after a first visit): what is
    // fetched from now on is kept for offline use.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await expect(page.locator('[data-my-rows] tr').count()).resolves.toBe(2);
    const listed = await titles(page);
    // Each row links to its worksheet's page and says how much is answered.
    for (const sheet of sheets) {
      await expect(page.locator(`[data-my-rows] a[href="${sheet.path}"]`).count()).resolves.toBe(1);
    }
    await expect(page.locator('[data-my-rows] td[data-label="Vastattu"]').first().textContent()).resolves.toMatch(
      /^1 \/ \d+$/,
    );

    // Export everything to one file.
    const [exported] = await Promise.all([page.waitForEvent('download'), press(page, '[data-my-action="export"]')]);
    expect(exported.suggestedFilename()).toMatch(/^vastaukset-kaikki-\d{4}-\d\d-\d\d\.json$/);
    const file = (await exported.path()) ?? '';
    const content = JSON.parse(readFileSync(file, 'utf8')) as { worksheets: { worksheetId: string }[] };
    expect(content.worksheets.map((w) => w.worksheetId).sort()).toEqual(sheets.map((s) => s.id).sort());

    // One PDF of all answers: a cover with the date and contents, then each worksheet's answers.
    const pdfText = async () => {
      const [pdf] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        press(page, '[data-my-action="pdf"]'),
      ]);
      const path = (await pdf.path()) ?? '';
      expect(() => execFileSync('qpdf', ['--check', path])).not.toThrow();
      return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const text = await pdfText();
    expect(text).toContain('Omat vastaukseni');
    expect(text).toMatch(/Tehty \d/);
    expect(text).toContain('Sisällys');
    expect(text).toContain('Ensimmäisen lomakkeen vastaus');
    expect(text).toContain('Toisen lomakkeen vastaus');

    // Clear everything, after a confirmation.
    await press(page, '[data-my-action="clear"]');
    expect(dialogs).toEqual([expect.stringMatching(/^Haluatko varmasti poistaa kaikkien lomakkeiden vastaukset/)]);
    await expect(savedKeys(page)).resolves.toEqual([]);
    await expect(page.locator('[data-my-empty]').isVisible()).resolves.toBe(true);

    // Import the file: a summary first, then replace.
    await page.setInputFiles('[data-my-import]', file);
    const panel = page.locator('[data-my-import-panel]');
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toMatch(/Tiedostossa on 2 lomakkeen vastaukset/);
    await expect(page.evaluate(() => document.activeElement?.matches('[data-my-import-panel]'))).resolves.toBe(true);
    await press(page, '[data-my-action="replace"]');
    await expect(titles(page)).resolves.toEqual(listed);
    await expect(savedKeys(page)).resolves.toHaveLength(2);

    // Offline: the folder page and its PDF still work.
    await context.setOffline(true);
    await page.reload();
    await expect(titles(page)).resolves.toEqual(listed);
    expect(await pdfText()).toContain('Toisen lomakkeen vastaus');

    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string }[] }> } })
        .axe;
      return (await axe.run({ include: [['[data-my-worksheets]']] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);

  it('says so when the browser does not allow saving', async () => {
    const context = await newContext(site.browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied storage', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    // Starlight's own scripts (theme, sidebar) may fail without storage; the folder's must not.
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
    await page.goto(`${site.origin}${folder}`);
    await expect(page.locator('[data-my-unavailable]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-my-table]').isHidden()).resolves.toBe(true);
    expect(errors.filter((e) => /MyWorksheets|my-worksheets/.test(e))).toEqual([]);
    await context.close();
  });

  it('the English folder is in English', async () => {
    const page = await site.open('/en/omat-lomakkeet/');
    await expect(page.locator('[data-my-empty]').textContent()).resolves.toContain('You have not saved answers');
    await page.context().close();
  });
});
