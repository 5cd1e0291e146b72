import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

describe('landing page', () => {
  it('is Finnish and offers an entry point for each role', async () => {
    const page = await site.open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    const roles = page.locator('main .sl-link-card a');
    expect(await roles.count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it.each([
    ['Työnantajalle ja työyhteisölle', '/tyonantajalle/'],
    ['Valmentajalle ja työllisyyspalveluille', '/valmentajalle/'],
    ['Kokeiluun osallistuvalle', '/kokeilijalle/'],
  ])('the entry point "%s" leads to its page', async (title, path) => {
    const page = await site.open('/');
    await page
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .click();
    await page.waitForURL(`**${path}`);
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.context().close();
  });
});

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('site-search button[data-open-modal]:not([disabled])').click();
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

describe('search', () => {
  it('finds the mentoring pages with a Finnish word stem', async () => {
    const page = await site.open('/');
    const hits = await search(page, 'mentori');
    expect(hits.some((p) => p.startsWith('/mentorointi/'))).toBe(true);
    await page.context().close();
  });

  it('finds the second part of a Finnish compound word', async () => {
    // "koulutuskokeilu" and "työkokeilu" appear on the pages; the reader types only "kokeilu".
    const page = await site.open('/');
    const hits = await search(page, 'kokeilu');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((p) => !p.startsWith('/en/'))).toBe(true);
    await page.context().close();
  });
});

describe('language and theme', () => {
  it('switching language lands on the same page in English', async () => {
    const page = await site.open('/mentorointi/');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await page.waitForURL('**/en/mentorointi/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Mentoring Model');
    await page.context().close();
  });

  it('dark mode can be switched on and stays on after reload', async () => {
    const page = await site.open('/', { colorScheme: 'light' });
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.context().close();
  });
});

describe('header menus', () => {
  it.each(['/', '/en/'])('show every choice in full, not cut with an ellipsis (%s)', async (path) => {
    const page = await site.open(path, { viewport: { width: 1280, height: 800 } });
    const cut = await page.evaluate(() => {
      const out: string[] = [];
      for (const select of document.querySelectorAll<HTMLSelectElement>('header select')) {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        context.font = style.font;
        const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        for (const option of select.options) {
          const text = option.textContent?.trim() ?? '';
          if (context.measureText(text).width > room) out.push(text);
        }
      }
      return out;
    });
    expect(cut).toEqual([]);
    await page.context().close();
  });
});

describe('tabs on a phone', () => {
  it('show every tab on screen, wrapping onto a second row', async () => {
    const page = await site.open('/opas/tarkistuslistat/', { viewport: { width: 360, height: 740 } });
    const tabs = page.locator('main starlight-tabs').first().getByRole('tab');
    expect(await tabs.count()).toBeGreaterThanOrEqual(5);
    const outside = await tabs.evaluateAll((all) =>
      all.filter((tab) => tab.getBoundingClientRect().right > window.innerWidth).map((tab) => tab.textContent?.trim()),
    );
    expect(outside).toEqual([]);
    await page.context().close();
  });
});

describe('wide tables on a phone', () => {
  it('show every column of a row without scrolling sideways, name each cell, and stay tables', async () => {
    const page = await site.open('/opas/roolit/', { viewport: { width: 360, height: 740 } });
    const table = page.locator('main table.stacked-narrow').first();
    const problems = await table.evaluate((t) => {
      const right = t.getBoundingClientRect().right;
      return [...t.querySelectorAll('tbody td')]
        .filter((td) => td.getBoundingClientRect().right > right + 1)
        .map((td) => td.textContent);
    });
    expect(problems).toEqual([]);
    // Each cell after the first shows its column's name in front of it.
    const label = await table
      .locator('tbody td:nth-child(2)')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toMatch(/^"Ennen kokeilua: "/);
    // Screen readers still meet a table with its column headers: Chromium's own accessibility
    // tree (what a screen reader is given), not the roles the markup implies.
    const client = await page.context().newCDPSession(page);
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    const roles = nodes.map((n) => n.role?.value);
    expect(roles).toContain('table');
    expect(roles.filter((r) => r === 'columnheader').length).toBeGreaterThanOrEqual(4);
    expect(nodes.some((n) => n.role?.value === 'cell' && /tarjoaa paikan/.test(n.name?.value ?? ''))).toBe(true);
    await page.context().close();
  });

  it('stay in columns on a wide screen', async () => {
    const page = await site.open('/opas/roolit/');
    const display = await page
      .locator('main table.stacked-narrow tr')
      .first()
      .evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe('table-row');
    await page.context().close();
  });
});
