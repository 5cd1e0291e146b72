import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPlannerData } from '../../src/tools/trial-planner/load.ts';
import { newContext } from '../support/browser.ts';
import { axeSource, useBuiltSite } from '../support/site.ts';

/** The employer's trial planner: answer questions, see a tailored checklist, keep it, print it. */
const data = loadPlannerData('opas');
const always = data.items.filter((i) => !i.when).length;

const site = useBuiltSite();
let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  await context?.close();
  context = await newContext(site.browser);
  page = await context.newPage();
});

const visibleItems = (p: Page) => p.locator('li[data-tp-item]:visible');
const question = (p: Page, label: string) => p.getByRole('group', { name: label });
/** The label of a checklist item (the link after it repeats the text for screen readers). */
const item = (p: Page, text: string) => p.locator('li[data-tp-item] label').filter({ hasText: text });

describe('trial planner', () => {
  it('starts with the items that apply to every trial, then tailors the list to the answers', async () => {
    await page.goto(`${site.origin}/opas/kokeilun-suunnittelija/`);
    await expect.poll(() => visibleItems(page).count()).toBe(always);

    await question(page, 'Onko kokeilijalle nimetty mentori?').getByRole('radio', { name: 'Ei vielä' }).check();
    await question(page, 'Onko työpaikallanne ollut kokeilijoita aiemmin?')
      .getByRole('radio', { name: 'Ei, tämä on ensimmäinen' })
      .check();
    await question(page, 'Millainen on kokeilijan suomen kielen taito?')
      .getByRole('radio', { name: 'Suomen taito on vasta kehittymässä' })
      .check();

    await expect.poll(() => item(page, 'Nimeä kokeilijalle mentori.').isVisible()).toBe(true);
    await expect.poll(() => item(page, 'Tee työnantajan valmiuksien itsearviointi.').isVisible()).toBe(true);
    await expect.poll(() => item(page, 'Mieti, mitä kielitaitoa tehtävät oikeasti vaativat.').isVisible()).toBe(true);
    expect(await item(page, 'Varmista, että mentorilla on työajastaan aikaa').isVisible()).toBe(false);

    // The live region tells screen reader users how the list changed.
    const status = page.getByRole('status').filter({ hasText: 'Tarkistuslistalla' });
    await expect.poll(() => status.textContent()).toMatch(/Olet vastannut 3\/8 kysymykseen/);
    const count = await visibleItems(page).count();
    expect(await status.textContent()).toContain(`Tarkistuslistalla on ${count} kohtaa`);
  });

  it('works with the keyboard alone', async () => {
    await page.goto(`${site.origin}/opas/kokeilun-suunnittelija/`);
    const yes = question(page, 'Onko kokeilijalle nimetty mentori?').getByRole('radio', { name: 'Kyllä' });
    await yes.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => item(page, 'Varmista, että mentorilla on työajastaan aikaa').isVisible()).toBe(true);
    // Arrow keys move between the options of a radio group and choose the next one.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => item(page, 'Nimeä kokeilijalle mentori.').isVisible()).toBe(true);
    expect(await item(page, 'Varmista, että mentorilla on työajastaan aikaa').isVisible()).toBe(false);
    // A checklist item can be ticked from the keyboard too.
    const first = page.getByRole('checkbox').first();
    await first.focus();
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
  });

  it('remembers answers and ticks in this browser only, and clears them', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.method()));
    await page.goto(`${site.origin}/opas/kokeilun-suunnittelija/`);
    await question(page, 'Haluatteko, että kokeilussa opittu voidaan tunnistaa osaksi tutkintoa (opinnollistaminen)?')
      .getByRole('radio', { name: 'Kyllä' })
      .check();
    await page.getByRole('checkbox', { name: 'Kerro työyhteisölle etukäteen', exact: false }).check();
    await page.reload();
    expect(
      await question(page, 'Haluatteko, että kokeilussa opittu voidaan tunnistaa osaksi tutkintoa (opinnollistaminen)?')
        .getByRole('radio', { name: 'Kyllä' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Kerro työyhteisölle etukäteen', exact: false }).isChecked()).toBe(
      true,
    );
    await expect.poll(() => item(page, 'Ota yhteys oppilaitokseen ja sovi').isVisible()).toBe(true);
    expect(requests.filter((m) => m !== 'GET')).toEqual([]);

    await page.getByRole('button', { name: 'Tyhjennä vastaukset' }).click();
    await expect.poll(() => visibleItems(page).count()).toBe(always);
    expect(await page.evaluate(() => localStorage.getItem('guidebook:tool:trial-planner'))).toBeNull();
  });

  it('prints the answers and the tailored checklist, not the questions', async () => {
    await page.goto(`${site.origin}/opas/kokeilun-suunnittelija/`);
    await question(page, 'Onko työpaikallanne tarvetta uudelle tekijälle?')
      .getByRole('radio', { name: 'Kyllä' })
      .check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.tp-questions').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tulosta suunnitelma' }).isVisible()).toBe(false);
    const summary = page.locator('.tp-summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('Rekrytointitarve');
    expect(await item(page, 'Kerro valmentajalle ja kokeilijalle avoimesti').isVisible()).toBe(true);
    expect(await item(page, 'Kerro kokeilijalle rehellisesti, että työpaikkaa ei ole').isVisible()).toBe(false);
  });

  it('speaks English on the English page', async () => {
    await page.goto(`${site.origin}/en/opas/kokeilun-suunnittelija/`);
    await question(page, 'Has a mentor been named for the participant?')
      .getByRole('radio', { name: 'Not yet' })
      .check();
    await expect.poll(() => item(page, 'Name a mentor for the participant.').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'checklist' }).textContent())
      .toMatch(/answered 1 of 8/);
    const link = page.locator('li[data-tp-item="mentori-nimea"] a');
    expect(await link.getAttribute('href')).toBe('/en/mentorointi/');
  });

  it('shows the full checklist with "applies if" notes without JavaScript', async () => {
    const noJs = await newContext(site.browser, { javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${site.origin}/opas/kokeilun-suunnittelija/`);
    expect(await visibleItems(p).count()).toBe(data.items.length);
    expect(await p.getByText('Koskee, jos: Mentori: Ei vielä').isVisible()).toBe(true);
    await noJs.close();
  });

  it.each(['light', 'dark'])('has no axe violations after answering (%s)', async (theme) => {
    await context.close();
    context = await newContext(site.browser, { colorScheme: theme as 'light' | 'dark' });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    page = await context.newPage();
    await page.goto(`${site.origin}/opas/kokeilun-suunnittelija/`);
    await question(page, 'Onko kokeilijalle nimetty mentori?').getByRole('radio', { name: 'Kyllä' }).check();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
      const axe = (window as any).axe;
      const result = await axe.run('.tp', {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
  });
});
