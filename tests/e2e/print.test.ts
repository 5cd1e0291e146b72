import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site.ts';

/** Reading pages print as documents: no site chrome, link addresses visible, headings with their text. */
const site = useBuiltSite();

describe('printing a reading page', () => {
  it.each(['/lisenssi/', '/en/lisenssi/'])('%s prints without navigation and with link addresses', async (path) => {
    const page = await site.open(path);
    await page.emulateMedia({ media: 'print' });

    const visible = async (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((els) =>
          els.some(
            (el) =>
              (el as HTMLElement).offsetParent !== null ||
              (getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0),
          ),
        );
    expect(await visible('header.header')).toBe(false);
    expect(await visible('#starlight__sidebar')).toBe(false);
    expect(await visible('.right-sidebar-container')).toBe(false);
    expect(await visible('.pagination-links')).toBe(false);
    expect(await visible('main h1')).toBe(true);

    const after = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('.sl-markdown-content a[href^="http"]');
      return link ? { href: link.getAttribute('href'), content: getComputedStyle(link, '::after').content } : undefined;
    });
    expect(after?.href).toMatch(/^https:/);
    expect(after?.content).toContain(after?.href);

    const headingRule = await page.evaluate(
      () => getComputedStyle(document.querySelector('.sl-markdown-content h2') as Element).breakAfter,
    );
    expect(headingRule).toBe('avoid');

    const pdf = await page.pdf({ format: 'A4' });
    if (process.env.PRINT_OUT)
      (await import('node:fs')).writeFileSync(`${process.env.PRINT_OUT}/${path.replace(/\W+/g, '_')}.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });
});

/** The text of each page of a PDF, as poppler reads it. */
function pagesOf(pdf: Buffer): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
}

describe('printing a link to another page', () => {
  it.each(['/opas/', '/en/opas/'])('%s shows the full address of the page it leads to', async (path) => {
    const page = await site.open(path);
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.sl-markdown-content a[href^="/"]:not(.not-content a)').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/.+\/$/);
    const printed = pagesOf(await page.pdf({ format: 'A4' }))
      .join(' ')
      .replace(/\s+/g, '');
    expect(printed).toContain(`(hameen-malli.github.io${href})`);
    await page.context().close();
  });
});

describe('printing a link to a PDF', () => {
  it("shows the file's full address on paper only", async () => {
    const page = await site.open('/opas/');
    const address = page.locator('.pdf-link-address').first();
    expect(await address.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toMatch(/^[\w.-]+(\/[\w.-]+)*\/pdf\/fi\/opas\.pdf$/);
    const printed = pagesOf(await page.pdf({ format: 'A4' })).join('\n');
    expect(printed).toContain(await address.textContent());
    await page.context().close();
  });
});

describe('printing a long table', () => {
  it('starts the table on the page of its heading and runs it over pages row by row', async () => {
    const page = await site.open('/opinnollistaminen/puhtausala/');
    await page.emulateMedia({ media: 'print' });
    const pages = pagesOf(await page.pdf({ format: 'A4' }));
    const headingPage = pages.findIndex((text) => text.includes('Tehtävät ja tutkinnon kysymä osaaminen'));
    expect(headingPage).toBeGreaterThanOrEqual(0);
    expect(pages[headingPage]).toContain('Toimistotilojen');
    await page.context().close();
  });
});

describe('printing without blank pages', () => {
  // Each of the first four ended with an empty sheet: the layout's screen height and bottom
  // padding, or Chromium breaking a flex column, spilled onto a page of their own. The others
  // ended with a sheet holding the funding notice alone while it was printed at the foot.
  it.each([
    '/en/',
    '/tulevaisuusvalmennus/vahvuuteni/',
    '/tulevaisuusvalmennus/ohjaajan-opas/',
    '/opinnollistaminen/roolit/',
    '/opas/',
    '/en/lataukset/',
    '/en/opas/loppuarviointi/',
  ])('%s has page text on every printed sheet and the funding notice at the head', async (path) => {
    const page = await site.open(path);
    await page.emulateMedia({ media: 'print' });
    // pdftotext ends every page with a form feed, so the last part is empty.
    const pages = pagesOf(await page.pdf({ format: 'A4' })).slice(0, -1);
    expect(pages.length).toBeGreaterThan(1);
    const notice = (await page.locator('.print-notice').innerText()).trim().split('\n')[0] ?? '';
    // The notice begins with the funder: the EU emblem's statement, or the funding sentence.
    expect(notice).toMatch(/ESR\+|ESF\+|Euroopan unionin|European Union/);
    const first = pages[0] ?? '';
    expect(first.trim().startsWith(notice.slice(0, 30)), 'the notice heads the first sheet').toBe(true);
    expect(first).toContain('CC BY 4.0');
    for (const [i, text] of pages.entries()) {
      const withoutNotice = text.replace(/\s+/g, ' ').replace(notice.replace(/\s+/g, ' '), '');
      expect(withoutNotice.trim(), `page ${i + 1} of ${pages.length} has text of the page`).not.toBe('');
    }
    // Printed once: the footer's copy stays off paper.
    const printed = pages.join(' ').replace(/\s+/g, ' ');
    expect(printed.split(notice.replace(/\s+/g, ' ')).length - 1).toBe(1);
    await page.context().close();
  });
});

describe('printing a worksheet page', () => {
  it("keeps a section's number with its title on one sheet, wherever the page break falls", async () => {
    const page = await site.open('/tulevaisuusvalmennus/oma-tilanne-nyt/');
    await page.emulateMedia({ media: 'print' });
    const legend = page.locator('.ws-section-title').nth(3);
    const [number, title] = await legend.evaluate((l) =>
      [...l.querySelectorAll('span')].map((s) => s.textContent?.trim() ?? ''),
    );
    // Answers of different lengths move the section up and down the sheet: a spacer before it
    // does the same, in steps smaller than the legend, so one of them puts the break inside it.
    await legend.evaluate((l) =>
      l.closest('fieldset')?.before(Object.assign(document.createElement('div'), { id: 'spacer' })),
    );
    const apart: number[] = [];
    for (let height = 0; height < 160; height += 6) {
      await page.evaluate((h) => {
        (document.getElementById('spacer') as HTMLElement).style.height = `${h}px`;
      }, height);
      const sheets = pagesOf(await page.pdf({ format: 'A4' }));
      const sheet = sheets.find((text) => text.includes(`${number}\n`)) ?? '';
      if (!sheet.includes(title ?? '')) apart.push(height);
    }
    expect(apart, `"${number}" printed apart from "${title}" with these spacers (px)`).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe("printing the mentor's card from the browser", () => {
  it.each(['/mentorointi/mentorin-kortti/', '/en/mentorointi/mentorin-kortti/'])(
    '%s fits on one A4 page',
    async (path) => {
      const page = await site.open(path);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
      await page.context().close();
    },
  );
});

describe('printing a page with tabs', () => {
  const exercise = '/tulevaisuusvalmennus/vahvuuteni/';

  it.each([exercise, `/en${exercise}`])('%s prints every tab, each led by its label', async (path) => {
    const page = await site.open(path);
    const tabs = await page.locator('starlight-tabs [role="tab"]').allTextContents();
    expect(tabs.length).toBeGreaterThan(1);
    const labels = page.locator('starlight-tabs > [role="tabpanel"] > .guidebook-tab-label');
    // On screen the tab row names the panels; the second one is closed.
    expect(await labels.evaluateAll((els) => els.map((e) => getComputedStyle(e).display))).toEqual(
      tabs.map(() => 'none'),
    );
    expect(await page.locator('starlight-tabs > [role="tabpanel"]').nth(1).isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('starlight-tabs [role="tablist"]').isVisible()).toBe(false);
    const panels = page.locator('starlight-tabs > [role="tabpanel"]');
    for (let i = 0; i < tabs.length; i++) expect(await panels.nth(i).isVisible()).toBe(true);
    expect((await labels.allTextContents()).map((t) => t.trim())).toEqual(tabs.map((t) => t.trim()));
    expect(await labels.first().evaluate((e) => getComputedStyle(e).breakAfter)).toBe('avoid');
    // All tabs together are longer than a page: kept in one piece they would start on a new page.
    expect(await page.locator('starlight-tabs').evaluate((e) => getComputedStyle(e).breakInside)).toBe('auto');
    await page.context().close();
  });

  it('"print my answers" still prints the worksheet alone', async () => {
    const page = await site.open(exercise);
    // Keep the print state in place to inspect it: no print dialog, no clean-up after it.
    await page.evaluate(() => {
      window.print = () => undefined;
      const add = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, ...rest: unknown[]) =>
        type === 'afterprint'
          ? undefined
          : (add as (...a: unknown[]) => void)(type, ...rest)) as typeof window.addEventListener;
    });
    await page.getByRole('button', { name: 'Tulosta vastaukset' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ws-title').isVisible()).toBe(true);
    expect(await page.locator('.guidebook-tab-label').evaluateAll((els) => els.some((e) => e.checkVisibility()))).toBe(
      false,
    );
    expect(await page.locator('starlight-tabs > [role="tabpanel"]').nth(1).isVisible()).toBe(false);
    expect(await page.locator('button[data-answers-pdf]').isVisible()).toBe(false);
    await page.context().close();
  });
});
