import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, newContext } from '../support/browser.ts';
import { assertBuilt, htmlPages, readDist } from '../support/dist.ts';
import { type StaticServer, serveDist } from '../support/server.ts';

/**
 * "Download my answers as PDF": a participant types an answer, presses the button and gets a PDF
 * made in the browser that contains the answer. pdf-lib loads only on the click, and every request
 * stays on the site's origin.
 */
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;

// The first worksheet page with a writing box (textarea) and the answers button.
const target = htmlPages().find((p) => {
  const html = readDist(p);
  return !p.startsWith('en/') && html.includes('data-answers-pdf') && html.includes('<textarea');
});

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types `answer` in the first writing box, presses the answers button and reads the PDF's text. */
async function answerAndDownload(answer: string) {
  const context = await newContext(browser, { acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.origin}/${(target ?? '').replace(/index\.html$/, '')}`);
  const beforeClick = requests.length;
  const box = page.locator('section[data-worksheet] textarea').first();
  await box.fill(answer);
  await box.blur();
  const button = page.locator('button[data-answers-pdf]').first();
  await expect(button.isVisible()).resolves.toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'answers-')), 'answers.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { page, requests, beforeClick, text, file };
}

describe.runIf(hasChromium && hasPoppler)('answers as PDF', () => {
  it('a worksheet page has the button', () => {
    expect(target, 'no worksheet page with a textarea and the answers button').toBeDefined();
  });

  it('downloads a PDF with the typed answer, made on the device', async () => {
    const answer = 'Muutin Åboon ja löysin työn – äöå ÄÖÅ';
    const { page, requests, beforeClick, text, file } = await answerAndDownload(answer);
    expect(text).toContain(answer);
    expect(() => execFileSync('qpdf', ['--check', file])).not.toThrow();

    // The PDF code came with the click, not with the page; nothing left the site.
    const afterClick = requests.slice(beforeClick);
    expect(afterClick.some((r) => r.endsWith('.pdf'))).toBe(true);
    expect(requests.slice(0, beforeClick).some((r) => r.endsWith('.pdf'))).toBe(false);
    expect(
      requests.filter((r) => !r.startsWith(server.origin) && !r.startsWith('blob:') && !r.startsWith('data:')),
    ).toEqual([]);
    await expect(page.locator('.pdf-answers-status').first().textContent()).resolves.toMatch(/ladattu|downloaded/);
    // Finnish letters are in Helvetica: no font is fetched for them, nor fontkit to read one.
    expect(afterClick.some((r) => r.endsWith('.ttf'))).toBe(false);
    expect(afterClick.some((r) => r.includes('fontkit'))).toBe(false);

    // A second press reuses the worker: a new file, and no worker code fetched again.
    const beforeSecond = requests.length;
    const [again] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('button[data-answers-pdf]').first().click(),
    ]);
    expect(await again.path()).toBeTruthy();
    expect(requests.slice(beforeSecond).filter((r) => r.includes('fill-worker'))).toEqual([]);
    await page.context().close();
  });

  it("sets a participant's own language in the site's font and names what no font here shows", async () => {
    const answer = 'Я умею слушать клиента – tiếng Việt – Łódź';
    const { page, requests, text } = await answerAndDownload(`${answer} 🙂`);
    expect(text).toContain(answer);
    const font = requests.find((r) => r.endsWith('.ttf'));
    expect(font?.startsWith(`${server.origin}/`)).toBe(true);
    // fontkit, which reads the font, came with it.
    expect(requests.some((r) => r.includes('fill-worker-fontkit'))).toBe(true);
    await expect(page.locator('.pdf-answers-status').first().textContent()).resolves.toContain('🙂');
    await page.context().close();
  });
});
