import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { axeSource, useBuiltSite } from '../support/site.ts';

/** The studification material: the process model, the recognition report tool and its summary. */
const site = useBuiltSite();

const report = '/opinnollistaminen/tunnistamisraportti/';

async function fillReport(page: Page): Promise<void> {
  await page.fill('[data-field="tyopaikka"] input', 'Kiinteistöpalvelu <img src=x onerror=alert(1)>');
  const first = page.locator('[data-field="tehtavat"] tr[data-table-row]').first();
  await first.locator('input[data-col="tehtava"]').fill('Toimistojen ylläpitosiivous');
  await first.locator('input[data-col="valineet"]').fill('Siivousvaunu, mikrokuituliinat');
  await page.locator('input[name="kattavuus.paivittainen"][value="3"]').check({ force: true });
  await page.locator('input[name="kattavuus.koneet"][value="2"]').check({ force: true });
  await page.locator('input[name="kattavuus.piha"][value="0"]').check({ force: true });
  await page.locator('input[name="edellytykset"][value="ohjaaja"]').check({ force: true });
}

describe('studification: recognition report summary', () => {
  it('summarises the report as it is filled in, and again after a reload', async () => {
    const page = await site.open(report);
    const summary = page.locator('[data-opin-summary]');
    await expect.poll(() => summary.textContent()).toContain('Yhteenvetoa ei vielä ole');
    await fillReport(page);

    await expect.poll(() => summary.textContent()).toContain('Toimistojen ylläpitosiivous');
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('2/12 osaamisalueesta');
    expect(text).toContain('Hyvin');
    expect(text).toContain('Ei lainkaan');
    expect(text).toContain('Kokeilijalle on nimetty ohjaaja');
    // Typed markup is shown as text, never run.
    expect(await summary.locator('img').count()).toBe(0);
    expect(text).toContain('<img src=x onerror=alert(1)>');

    // The engine saves after a short pause; the summary then reads the stored answers on load.
    await page.waitForTimeout(1000);
    await page.reload();
    await expect.poll(() => page.locator('[data-opin-summary]').textContent()).toContain('Toimistojen ylläpitosiivous');
    await expect.poll(() => page.locator('[data-opin-summary-print]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('prints only the summary when its print button is used', async () => {
    const page = await site.open(report);
    await fillReport(page);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    // Keep the print host in place to inspect it: stop the clean-up that follows print().
    await page.evaluate(() => {
      const add = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, ...rest: unknown[]) =>
        type === 'afterprint'
          ? undefined
          : (add as (...a: unknown[]) => void)(type, ...rest)) as typeof window.addEventListener;
    });
    await page.click('[data-opin-summary-print]');
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() =>
      [...document.body.children].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.className),
    );
    expect(visible).toEqual(['opin-print-host']);
    expect(await page.locator('.opin-print-host').textContent()).toContain('Toimistojen ylläpitosiivous');
    await page.context().close();
  });
});

describe('studification: self-assessment progress', () => {
  it('compares the start and the before-demonstration ratings row by row', async () => {
    const page = await site.open('/opinnollistaminen/itsearviointi/');
    const box = page.locator('[data-opin-progress]');
    await expect.poll(() => box.textContent()).toContain('vertailu näkyy tässä');
    await page.locator('input[name="alussa.koneet"][value="1"]').check({ force: true });
    await page.locator('input[name="lopussa.koneet"][value="3"]').check({ force: true });
    await expect.poll(() => box.locator('tbody tr').nth(3).textContent()).toContain('+2');
    expect(await box.textContent()).toContain('Niistä 1 alueella');
    expect(await box.locator('thead th').allTextContents()).toEqual([
      'Osaamisalue',
      'Osaamiseni kokeilun alussa',
      'Osaamiseni ennen näyttöä',
      'Muutos',
    ]);
    await page.context().close();
  });
});

describe('studification: process model', () => {
  it.each([
    ['/opinnollistaminen/vaiheet/', 'Opinnollistaminen työkokeilussa', 'Näyttö'],
    ['/en/opinnollistaminen/vaiheet/', 'Studification in a work trial', 'Skills demonstration'],
  ])('%s shows the model as an accessible image with a text alternative', async (path, title, last) => {
    const page = await site.open(path);
    const svg = page.locator('.opin-model svg[role="img"]');
    expect(await svg.count()).toBe(1);
    const name = await svg.evaluate((e) =>
      (e.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' | '),
    );
    expect(name).toContain(title);
    const items = page.locator('.opin-model-text li');
    expect(await items.count()).toBe(8);
    expect(await items.last().textContent()).toContain(last);
    await page.context().close();
  });
});

const pages = ['', 'roolit/', 'vaiheet/', 'puhtausala/', 'tunnistamisraportti/', 'itsearviointi/', 'todisteloki/'];

describe.each(['light', 'dark'] as const)('studification pages in %s mode', (theme) => {
  it('have no axe violations in the material content', async () => {
    const context = await newContext(site.browser, { colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const lang of ['', 'en/']) {
      for (const p of pages) {
        const path = `/${lang}opinnollistaminen/${p}`;
        await page.goto(`${site.origin}${path}`);
        await page.evaluate(axeSource);
        const found = await page.evaluate(async () => {
          // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
          const axe = (window as any).axe;
          const r = await axe.run('main', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
          return (r.violations as { id: string; nodes: { target: string[] }[] }[]).map(
            (v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        problems.push(...found.map((f) => `${path} ${f}`));
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
