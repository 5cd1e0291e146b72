import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { axeSource, useBuiltSite } from '../support/site.ts';

/**
 * The vieraskieliset tools as people use them: a participant picks a job task, rates their own
 * level with the keyboard and reads the gaps and suggestions; a supervisor describes their own
 * task and prints the result; a pair plays a practice dialogue to the end. Everything stays in
 * the browser: no request leaves the site, state is only in localStorage. axe checks the page content
 * (main); the site-wide header is covered by a11y.test.ts.
 */
/** The engine's store (starlight-guidebook/worksheets/tool-store.ts); the tool's key of before is read once. */
const STORAGE_KEY = 'guidebook:tool:vk-explorer:vieraskieliset';
const LEGACY_KEY = 'guidebook:vk-explorer:vieraskieliset';

const site = useBuiltSite();

async function open(
  path: string,
  theme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; context: BrowserContext; foreign: string[]; errors: string[] }> {
  const context = await newContext(site.browser, { colorScheme: theme });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(site.origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => d.accept());
  await page.goto(`${site.origin}${path}`);
  return { page, context, foreign, errors };
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const result = await (window as any).axe.run(
      { include: ['main'] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    );
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

const resultRow = (page: Page, skill: string) =>
  page.locator('[data-vk-result] table tbody tr', { has: page.locator(`th:text-is("${skill}")`) });

describe('language-requirement explorer', () => {
  it('a participant picks a task, rates themselves with the keyboard and gets gaps and suggestions that persist', async () => {
    const { page, context, foreign, errors } = await open('/vieraskieliset/kielitaitotyokalu/');
    // Nothing saved: the page shows what the build rendered and loads the tool's code only when the
    // reader reaches for it (start.ts).
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.vk-explorer.vk-ready').count()).toBe(0);
    // Before rating: every skill is "not rated" and the tool asks for a rating first.
    await expect.poll(() => page.locator('[data-vk-result]').textContent()).toContain('Arvioi ensin oma tasosi');

    // The first choice is made before the code has loaded: it is replayed once the code runs.
    await page.selectOption('#vk-ex-task', 'counter');
    await expect.poll(() => page.locator('[data-vk-description]').textContent()).toContain('Kahvilan');
    expect(await page.locator('#vk-ex-req-listening').inputValue()).toBe('3');

    // Keyboard: focus the "A1" option for speaking and move one step down with the arrow key (A2).
    await page.focus('#vk-ex-own-speaking-1');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#vk-ex-own-speaking-2').isChecked()).toBe(true);
    await page.check('#vk-ex-own-listening-3');
    await page.check('#vk-ex-own-interaction-1');

    await expect.poll(() => resultRow(page, 'Puhuminen').textContent()).toContain('puuttuu 1 taso');
    expect(await resultRow(page, 'Kuullun ymmärtäminen').textContent()).toContain('riittää');
    expect(await resultRow(page, 'Vuorovaikutus').textContent()).toContain('puuttuu 2 tasoa');
    expect(await resultRow(page, 'Kirjoittaminen').textContent()).toContain('ei arvioitu');
    expect(await page.locator('[data-vk-status]').textContent()).toBe('Tulos päivitetty: eroa 2 taidossa.');
    const groups = page.locator('[data-vk-result] .vk-group h5');
    expect(await groups.allTextContents()).toEqual([
      'Vuorovaikutus: tavoitteena seuraavaksi A2',
      'Puhuminen: tavoitteena seuraavaksi B1',
    ]);
    expect(await page.locator('[data-vk-result] .vk-chart svg[role="img"] title').first().textContent()).toBeTruthy();

    // The supervisor adjusts a demand: interaction B1 -> A2 shrinks the gap.
    await page.selectOption('#vk-ex-req-interaction', '2');
    await expect.poll(() => resultRow(page, 'Vuorovaikutus').textContent()).toContain('puuttuu 1 taso');

    // Reload: the state comes back from localStorage.
    await page.reload();
    await page.waitForSelector('.vk-explorer.vk-ready');
    expect(await page.locator('#vk-ex-task').inputValue()).toBe('counter');
    expect(await page.locator('#vk-ex-own-speaking-2').isChecked()).toBe(true);
    expect(await page.locator('#vk-ex-req-interaction').inputValue()).toBe('2');
    const stored = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ answers: { task: 'counter', 'own.speaking': 2 } });

    // Restoring the example levels and switching tasks keeps the own rating.
    await page.click('[data-vk-reset]');
    expect(await page.locator('#vk-ex-req-interaction').inputValue()).toBe('3');
    await page.selectOption('#vk-ex-task', 'warehouse');
    expect(await page.locator('#vk-ex-own-speaking-2').isChecked()).toBe(true);

    expect(await axe(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a supervisor describes their own task and prints the result without the controls', async () => {
    const { page, context } = await open('/en/vieraskieliset/kielitaitotyokalu/', 'dark');
    await page.focus('#vk-ex-task'); // nothing saved: the code loads when the reader reaches for the tool
    await page.waitForSelector('.vk-explorer.vk-ready');
    await page.selectOption('#vk-ex-task', 'custom');
    await page.fill('#vk-ex-custom', 'Laundry work');
    await page.fill('#vk-ex-custom-description', 'Sorting and ironing');
    await page.check('#vk-ex-sit-safety');
    await page.check('#vk-ex-own-reading-1');
    await expect.poll(() => page.locator('.vk-result-task').textContent()).toContain('Laundry work');
    expect(await page.locator('.vk-result-description').textContent()).toBe('Sorting and ironing');
    expect(await page.locator('.vk-result-situations').textContent()).toContain('Safety instructions');
    expect(await resultRow(page, 'Reading').textContent()).toContain('1 level to go');

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.click('[data-vk-print]');
    expect(await page.getAttribute('body', 'data-printed')).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.vk-controls').isVisible()).toBe(false);
    expect(await page.locator('[data-vk-result] table').isVisible()).toBe(true);
    expect(await page.locator('.vk-chart svg').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    expect(await axe(page)).toEqual([]);

    // Clearing removes the stored state.
    await page.click('[data-vk-clear]');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
    expect(await page.locator('#vk-ex-task').inputValue()).toBe('cleaning');
    await context.close();
  });

  it.each([LEGACY_KEY, STORAGE_KEY])('keeps unreadable stored data (%s) aside and says so', async (key) => {
    const context = await newContext(site.browser);
    await context.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, '{not json');
        sessionStorage.setItem('seeded', '1');
      }
    }, key);
    const page = await context.newPage();
    await page.goto(`${site.origin}/vieraskieliset/kielitaitotyokalu/`);
    await page.waitForSelector('.vk-explorer.vk-ready');
    expect(await page.locator('[data-vk-notice]').isVisible()).toBe(true);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('guidebook:worksheet-backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{not json']);
    await context.close();
  });

  it('moves choices saved in the old layout over, nothing lost', async () => {
    const context = await newContext(site.browser);
    await context.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          k,
          JSON.stringify({
            format: 'vk-explorer',
            version: 1,
            task: 'counter',
            customName: '',
            customDescription: '',
            required: { interaction: 2 },
            own: { speaking: 2 },
            situations: [],
          }),
        );
        sessionStorage.setItem('seeded', '1');
      }
    }, LEGACY_KEY);
    const page = await context.newPage();
    await page.goto(`${site.origin}/vieraskieliset/kielitaitotyokalu/`);
    await page.waitForSelector('.vk-explorer.vk-ready');
    expect(await page.locator('#vk-ex-task').inputValue()).toBe('counter');
    expect(await page.locator('#vk-ex-own-speaking-2').isChecked()).toBe(true);
    expect(await page.locator('#vk-ex-req-interaction').inputValue()).toBe('2');
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('guidebook:')));
    expect(keys).toEqual([STORAGE_KEY]);
    await context.close();
  });

  it('on a phone, every skill shows its level and why without scrolling sideways, and is still a table', async () => {
    const context = await newContext(site.browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/vieraskieliset/kielitaitotyokalu/`);
    await page.focus('#vk-ex-task'); // nothing saved: the code loads when the reader reaches for the tool
    await page.waitForSelector('.vk-explorer.vk-ready');
    const outside = await page.evaluate(() => {
      const table = document.querySelector('.vk-demands') as HTMLElement;
      const right = table.getBoundingClientRect().right;
      return [...table.querySelectorAll('tbody :is(th, select, .vk-why span:not([hidden]))')]
        .filter((e) => e.getBoundingClientRect().right > right + 1 || e.getBoundingClientRect().width === 0)
        .map((e) => e.textContent?.trim().slice(0, 30));
    });
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The block layout keeps the table's meaning for screen readers.
    const speaking = page.getByRole('table', { name: /./ }).first();
    expect(await speaking.getByRole('rowheader').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByRole('combobox', { name: /Puhuminen/ }).isVisible()).toBe(true);
    await context.close();
  });

  it('on a phone, the result reads in full: each skill a block with its levels and gap, no shrunken chart', async () => {
    const context = await newContext(site.browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/vieraskieliset/kielitaitotyokalu/`);
    await page.focus('#vk-ex-task'); // nothing saved: the code loads when the reader reaches for the tool
    await page.waitForSelector('.vk-explorer.vk-ready');
    await page.selectOption('#vk-ex-task', 'counter');
    await page.check('#vk-ex-own-speaking-1');
    await expect.poll(() => resultRow(page, 'Puhuminen').textContent()).toContain('puuttuu');
    const cut = await page.evaluate(() => {
      const table = document.querySelector('[data-vk-result] table') as HTMLElement;
      const right = table.getBoundingClientRect().right;
      return [...table.querySelectorAll('tbody :is(th, td)')]
        .filter((e) => e.getBoundingClientRect().right > right + 1)
        .map((e) => e.textContent?.trim());
    });
    expect(cut).toEqual([]);
    const gap = resultRow(page, 'Puhuminen').locator('td').last();
    expect(await gap.evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/^"Ero: "/);
    expect(await page.locator('[data-vk-result] .vk-chart').isVisible()).toBe(false);
    // Still a table with its column headers for screen readers.
    const result = page.getByRole('table', { name: /Vaatimus, oma arvio/ });
    expect(await result.getByRole('columnheader').count()).toBe(4);
    await context.close();
  });
});

describe('practice dialogue', () => {
  it('a participant finishes a dialogue with the keyboard, with feedback after every choice', async () => {
    const { page, context, foreign, errors } = await open('/vieraskieliset/harjoittelu/', 'dark');
    const dialogue = page.locator('[data-vk-dialogue]').first();
    await page.waitForSelector('.vk-dialogue.vk-ready');

    // A "try again" choice keeps the same step and says so.
    await dialogue.locator('button[data-choice]').nth(1).focus();
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.className ?? '');
    // The dialogue's script is fetched with the first choice: the feedback follows it.
    await expect.poll(focused).toContain('vk-feedback vk-retry');
    expect(await dialogue.locator('button[data-choice]').count()).toBe(3);

    // Undo, then play to the end always taking the first choice, by keyboard.
    await dialogue.locator('[data-vk-back]').click();
    await expect.poll(() => dialogue.locator('.vk-feedback').count()).toBe(0);
    for (let i = 0; i < 10 && (await dialogue.locator('.vk-end').count()) === 0; i++) {
      await dialogue.locator('button[data-choice]').first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(focused).toContain('vk-feedback');
    }
    const end = dialogue.locator('.vk-end');
    expect(await end.textContent()).toContain('Harjoitus on valmis');
    expect(await end.textContent()).toMatch(/Hyviä vastauksia \d+/);
    expect(await dialogue.locator('button[data-choice]').count()).toBe(0);

    // Translations can be shown on the Finnish page.
    expect(await dialogue.locator('.vk-tr').first().isVisible()).toBe(false);
    await dialogue.locator('[data-vk-translations]').check();
    expect(await dialogue.locator('.vk-tr').first().isVisible()).toBe(true);

    // Start again.
    await dialogue.locator('[data-vk-restart]').click();
    await expect.poll(() => dialogue.locator('.vk-turn').count()).toBe(1);

    expect(await axe(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the English page shows the Finnish lines with translations and English feedback', async () => {
    const { page, context } = await open('/en/vieraskieliset/harjoittelu/');
    await page.waitForSelector('.vk-dialogue.vk-ready');
    const dialogue = page.locator('[data-vk-dialogue][data-id-prefix="vk-d-asiakas-tiskilla"]');
    const first = dialogue.locator('.vk-turn').first();
    expect(await first.locator('[lang="fi"]').textContent()).toContain('gluteenitonta');
    expect(await first.locator('.vk-tr').isVisible()).toBe(true);
    await dialogue.locator('button[data-choice]').first().click();
    expect(await dialogue.locator('.vk-feedback').first().textContent()).toContain('Good answer.');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
