import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { useBuiltSite } from '../support/site.ts';

/** Reading pages print as documents: no site chrome, link addresses visible, headings with their text. */
const site = useBuiltSite();

describe('printing a reading page', () => {
  it.each(['/lisenssi/', '/en/lisenssi/'])('%s prints without navigation and with link addresses', async (path) => {
    const context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
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
    await context.close();
  });
});

describe("printing the mentor's card from the browser", () => {
  it.each(['/mentorointi/mentorin-kortti/', '/en/mentorointi/mentorin-kortti/'])(
    '%s fits on one A4 page',
    async (path) => {
      const context = await newContext(site.browser);
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
      await context.close();
    },
  );
});
