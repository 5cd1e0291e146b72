import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { useBuiltSite } from '../support/site.ts';

/**
 * Issue 27, in Chromium on the built site: each case is one that lost or hid answers before
 * (concurrent tabs, odd or hostile stored data, imports, full storage, print, focus, phones).
 */

const site = useBuiltSite();
const KEY = 'guidebook:worksheet:';
const agreement = '/mentorointi/sopimus/';
const evidence = '/opinnollistaminen/todisteloki/';
const longText = (tag: string) =>
  `${tag}: ${'Kävin viikoittain läpi asiakaspalautteet ja kirjasin ne ylös, jotta tiimi näki ne. '.repeat(2)}`.slice(
    0,
    120,
  );

let contexts: BrowserContext[] = [];
let errors: string[] = [];
afterEach(async () => {
  for (const c of contexts) await c.close();
  contexts = [];
  errors = [];
});

async function context(options: Parameters<typeof newContext>[1] = {}): Promise<BrowserContext> {
  const c = await newContext(site.browser, { acceptDownloads: true, ...options });
  contexts.push(c);
  return c;
}

/** Puts `items` into storage before the site's scripts run, once per context. */
async function seed(c: BrowserContext, items: Record<string, string>): Promise<void> {
  await c.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, items);
}

async function open(c: BrowserContext, path: string, ready = '.ws-js'): Promise<Page> {
  const page = await c.newPage();
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('dialog', (d) => void d.accept());
  await page.goto(site.origin + path);
  if (ready) await page.waitForSelector(ready);
  return page;
}

const stored = (page: Page, id: string) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY + id) as Promise<{
    answers: Record<string, unknown>;
    removed?: { id: string; value: unknown }[];
  } | null>;

/** Waits until the worksheet `id` has `answers` saved (the page saves after a pause in typing). */
const waitSaved = (page: Page, id: string, answers: Record<string, unknown>) =>
  expect.poll(async () => (await stored(page, id))?.answers, { timeout: 5000 }).toMatchObject(answers);

/** Fills the browser's storage to the last byte, as a full disk or quota leaves it. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; ) {
      try {
        localStorage.setItem(`fill:${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

const envelope = (id: string, answers: Record<string, unknown>, updatedAt = '2026-11-20T10:00:00.000Z') =>
  JSON.stringify({ format: 1, worksheetId: id, worksheetVersion: 1, updatedAt, answers });

describe('printing shows every answer whole', () => {
  it('one-line answers and table cells of 120 characters print in full, wrapped', async () => {
    const c = await context();
    for (const path of [evidence, agreement]) {
      const page = await open(c, path);
      const inputs = page.locator('.ws-form input.ws-input[type=text]');
      const count = Math.min(await inputs.count(), 4);
      const typed: string[] = [];
      for (let i = 0; i < count; i++) {
        typed.push(longText(`V00${i}`));
        await inputs.nth(i).fill(typed[i] as string);
      }
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('.ws-form input.ws-input[type=text]')]
          .filter((i) => i.value)
          .map((i) => {
            const copy = i.nextElementSibling as HTMLElement | null;
            const shown = copy?.checkVisibility() ? copy : i;
            return {
              text: shown === i ? i.value.slice(0, Math.floor(i.clientWidth / 7)) : (shown.textContent ?? ''),
              clipped: shown.scrollWidth > shown.clientWidth + 1 || shown.scrollHeight > shown.clientHeight + 1,
            };
          }),
      );
      expect(printed.map((p) => p.text)).toEqual(typed);
      expect(printed.every((p) => !p.clipped)).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('stored answers of unexpected shape are understood or kept', () => {
  it('a stored 15.3.2026 shows in the date box and survives the next edit; an odd date is kept aside', async () => {
    const c = await context();
    await seed(c, {
      [`${KEY}mentorointi-sopimus`]: envelope('mentorointi-sopimus', {
        alkaa: '15.3.2026',
        paattyy: 'maaliskuussa',
        kokeilija: 'A',
      }),
    });
    const page = await open(c, agreement);
    expect(await page.inputValue('input[name="alkaa"]')).toBe('2026-03-15');
    expect(await page.locator('[data-ws-removed]').textContent()).toContain('maaliskuussa');
    await page.fill('input[name="kokeilija"]', 'Aino');
    await waitSaved(page, 'mentorointi-sopimus', { alkaa: '2026-03-15', kokeilija: 'Aino' });
    const after = await stored(page, 'mentorointi-sopimus');
    expect(after?.removed?.map((r) => r.value)).toContain('maaliskuussa');
  });
});

describe('two tabs typing at once', () => {
  it('each tab keeps its own edit, both tabs show both, and so does a reload', async () => {
    const c = await context();
    const [a, b] = [await open(c, agreement), await open(c, agreement)];
    await a.fill('input[name="kokeilija"]', 'Aino');
    await b.fill('input[name="mentori"]', 'Bertta');
    await a.fill('input[name="yhteyshenkilo"]', 'Cecilia');
    for (const page of [a, b]) {
      await expect.poll(() => page.inputValue('input[name="kokeilija"]'), { timeout: 5000 }).toBe('Aino');
      await expect.poll(() => page.inputValue('input[name="mentori"]'), { timeout: 5000 }).toBe('Bertta');
      await expect.poll(() => page.inputValue('input[name="yhteyshenkilo"]'), { timeout: 5000 }).toBe('Cecilia');
    }
    await expect
      .poll(async () => (await stored(a, 'mentorointi-sopimus'))?.answers, { timeout: 5000 })
      .toMatchObject({ kokeilija: 'Aino', mentori: 'Bertta', yhteyshenkilo: 'Cecilia' });
    await a.reload();
    await a.waitForSelector('.ws-js');
    expect(await a.inputValue('input[name="mentori"]')).toBe('Bertta');
  });
});

describe('import', () => {
  const file = (worksheets: string[]) =>
    `{"format":"guidebook-answers","version":1,"exportedAt":"2026-11-21T10:00:00.000Z","worksheets":[${worksheets.join(',')}]}`;

  it('Replace with an all-worksheets file lists what changes and replaces only what was chosen', async () => {
    const c = await context();
    await seed(c, {
      [`${KEY}mentorointi-tavoitteet`]: envelope(
        'mentorointi-tavoitteet',
        { tavoite1: 'uusi' },
        '2026-11-30T10:00:00.000Z',
      ),
    });
    const page = await open(c, agreement);
    const before = await page.evaluate((k) => localStorage.getItem(k), `${KEY}mentorointi-tavoitteet`);
    await page.setInputFiles('[data-ws-import]', {
      name: 'kaikki.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        file([
          envelope('mentorointi-sopimus', { kokeilija: 'Tiedostosta' }),
          envelope('mentorointi-tavoitteet', { tavoite1: 'vanha' }),
        ]),
      ),
    });
    const panel = page.locator('[data-ws-import-panel]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const rows = await panel.locator('.ws-import-list li').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('(tämä lomake)');
    expect(rows.join('\n')).toMatch(
      /mentorointi-tavoitteet: tiedostossa \d+\.\d+\.\d{4}.*tällä laitteella \d+\.\d+\.\d{4}/,
    );
    expect(await panel.locator('.ws-import-list input:checked').count()).toBe(1);
    await panel.getByRole('button', { name: 'Korvaa valittujen lomakkeiden vastaukset' }).click();
    expect(await page.inputValue('input[name="kokeilija"]')).toBe('Tiedostosta');
    expect(await page.evaluate((k) => localStorage.getItem(k), `${KEY}mentorointi-tavoitteet`)).toBe(before);
  });

  it('a Latin-1 file is read as Latin-1, not as "���"', async () => {
    const c = await context();
    const page = await open(c, agreement);
    const text = file([envelope('mentorointi-sopimus', { kokeilija: 'Äijälä Öhman Åsa' })]);
    await page.setInputFiles('[data-ws-import]', {
      name: 'latin1.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'latin1'),
    });
    const panel = page.locator('[data-ws-import-panel]');
    await expect.poll(() => panel.textContent()).toContain('windows-1252');
    await panel.getByRole('button', { name: /^Yhdistä/ }).click();
    expect(await page.inputValue('input[name="kokeilija"]')).toBe('Äijälä Öhman Åsa');
  });

  it('a file with 1,000 worksheets is refused and writes nothing', async () => {
    const c = await context();
    const page = await open(c, agreement);
    const keys = () => page.evaluate(() => localStorage.length);
    const before = await keys();
    const many = Array.from({ length: 1000 }, (_, i) => envelope(`ws-${i}`, { x: 'y' }));
    await page.setInputFiles('[data-ws-import]', {
      name: 'paljon.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file([envelope('mentorointi-sopimus', { kokeilija: 'x' }), ...many])),
    });
    await expect.poll(() => page.locator('[data-ws-import-panel]').textContent()).toContain('liian monta lomaketta');
    expect(await keys()).toBe(before);
  });
});

describe('hostile and broken stored data', () => {
  it('__proto__ and constructor are kept as plain answers, and answers typed after them survive a reload', async () => {
    const c = await context();
    await seed(c, {
      [`${KEY}mentorointi-sopimus`]: `{"format":1,"worksheetId":"mentorointi-sopimus","worksheetVersion":1,"updatedAt":"2026-11-20T10:00:00.000Z","answers":{"__proto__":"proto-vastaus","constructor":"rakentaja","kokeilija":"Aino"}}`,
    });
    const page = await open(c, agreement);
    const removed = (await page.locator('[data-ws-removed]').textContent()) ?? '';
    expect(removed).toContain('proto-vastaus');
    expect(removed).toContain('rakentaja');
    expect(removed).not.toContain('native code');
    await page.fill('input[name="mentori"]', 'Bertta');
    await waitSaved(page, 'mentorointi-sopimus', { kokeilija: 'Aino', mentori: 'Bertta' });
    await page.reload();
    await page.waitForSelector('.ws-js');
    expect(await page.inputValue('input[name="kokeilija"]')).toBe('Aino');
    expect(await page.inputValue('input[name="mentori"]')).toBe('Bertta');
    expect(await page.locator('[data-ws-alert]').isVisible()).toBe(false);
  });

  it('an imported __proto__ answer merges in without moving the answers here aside', async () => {
    const c = await context();
    await seed(c, {
      [`${KEY}mentorointi-sopimus`]: envelope('mentorointi-sopimus', { kokeilija: 'Aino', mentori: 'Bertta' }),
    });
    const page = await open(c, agreement);
    await page.setInputFiles('[data-ws-import]', {
      name: 'proto.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        `{"format":1,"worksheetId":"mentorointi-sopimus","worksheetVersion":1,"updatedAt":"2026-11-25T10:00:00.000Z","answers":{"__proto__":{"x":1},"yhteyshenkilo":"Cecilia"}}`,
      ),
    });
    await page
      .locator('[data-ws-import-panel]')
      .getByRole('button', { name: /^Yhdistä/ })
      .click();
    expect(await page.inputValue('input[name="kokeilija"]')).toBe('Aino');
    expect(await page.inputValue('input[name="yhteyshenkilo"]')).toBe('Cecilia');
    expect(await page.locator('[data-ws-progress]').textContent()).toMatch(/^3 \//);
    // And after a reload: the envelope saved with the odd key reads back (it went to a backup, 0/n).
    await waitSaved(page, 'mentorointi-sopimus', { kokeilija: 'Aino', yhteyshenkilo: 'Cecilia' });
    await page.reload();
    await page.waitForSelector('.ws-js');
    expect(await page.locator('[data-ws-progress]').textContent()).toMatch(/^3 \//);
    expect(await page.locator('[data-ws-alert]').isVisible()).toBe(false);
  });

  it('answers nested 10,000 deep are backed up and reported, and the form saves again', async () => {
    const c = await context();
    const deep = `{"format":1,"worksheetId":"mentorointi-sopimus","worksheetVersion":1,"updatedAt":"2026-11-20T10:00:00.000Z","answers":{"kokeilija":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    await seed(c, { [`${KEY}mentorointi-sopimus`]: deep });
    const page = await open(c, agreement);
    expect(await page.locator('[data-ws-alert]').textContent()).toContain('siirretty talteen');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('guidebook:worksheet-backup:mentorointi-sopimus:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual([deep]);
    await page.fill('input[name="kokeilija"]', 'Aino');
    await waitSaved(page, 'mentorointi-sopimus', { kokeilija: 'Aino' });
    expect((await stored(page, 'mentorointi-sopimus'))?.answers).toEqual({ kokeilija: 'Aino' });
  });

  it('a 5,000-deep import is refused with a reason, and the page keeps working', async () => {
    const c = await context();
    const page = await open(c, agreement);
    await page.setInputFiles('[data-ws-import]', {
      name: 'syva.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        `{"format":1,"worksheetId":"mentorointi-sopimus","worksheetVersion":1,"updatedAt":"2026-11-25T10:00:00.000Z","answers":{"x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`,
      ),
    });
    await expect.poll(() => page.locator('[data-ws-import-panel]').textContent()).toContain('liian monta tasoa');
    await page.fill('input[name="kokeilija"]', 'Aino');
    await waitSaved(page, 'mentorointi-sopimus', { kokeilija: 'Aino' });
    await page.reload();
    await page.waitForSelector('.ws-js');
    expect(await page.inputValue('input[name="kokeilija"]')).toBe('Aino');
  });

  it('a 4.9 MB unreadable value with no room for its backup is left untouched, and the page says so truthfully', async () => {
    const c = await context();
    const big = `{"broken":"${'x'.repeat(4_900_000)}`;
    await seed(c, { [`${KEY}mentorointi-sopimus`]: big });
    const page = await open(c, agreement);
    const alert = (await page.locator('[data-ws-alert]').textContent()) ?? '';
    expect(alert).toContain('eikä niitä voitu siirtää talteen');
    expect(alert).not.toContain('on siirretty talteen');
    await page.fill('input[name="kokeilija"]', 'Aino');
    await page.waitForTimeout(1000);
    expect(await page.evaluate((k) => localStorage.getItem(k) === null, `${KEY}mentorointi-sopimus`)).toBe(false);
    expect(await page.evaluate((k) => localStorage.getItem(k)?.length, `${KEY}mentorointi-sopimus`)).toBe(big.length);
    expect(await page.locator('[data-ws-status]').textContent()).not.toMatch(/Tallennettu klo/);
  });
});

describe('full or refused storage', () => {
  it('every tool says nothing is saved, keeps working, and offers its answers as a file; no script error', async () => {
    const c = await context();
    const first = await open(c, '/', '');
    await fillStorage(first);

    const sheet = await open(c, agreement);
    expect(await sheet.locator('[data-ws-alert]').textContent()).toContain('ei salli tallentamista');

    const planner = await open(c, '/opas/kokeilun-suunnittelija/', '.tp-js');
    expect(await planner.locator('[data-tp-notice]').isVisible()).toBe(true);
    expect(await planner.locator('[data-tp-notice]').textContent()).toContain('ei salli tallentamista');
    await planner.locator('input[type=radio][name^="tp-"]').first().check();
    const download = planner.waitForEvent('download');
    await planner.locator('[data-tp-export]').click();
    const file = await (await download).path();
    expect(file).toBeTruthy();

    const tool = await open(c, '/vieraskieliset/kielitaitotyokalu/', '.vk-ready');
    expect(await tool.locator('[data-vk-notice]').textContent()).toContain('ei salli tallentamista');
    expect(await tool.locator('[data-vk-notice] button').isVisible()).toBe(true);

    expect(errors).toEqual([]);
  });

  it('corrupt values in Starlight’s own keys break no script', async () => {
    const c = await context();
    await seed(c, { 'starlight-theme': '{corrupt', 'starlight-synced-tabs__rooli': '.{corrupt' });
    await open(c, '/opas/tarkistuslistat/', 'starlight-tabs');
    await open(c, agreement);
    expect(errors).toEqual([]);
  });
});

describe('focus and small screens', () => {
  it('going up with Shift+Tab, focus is never under the sticky header or progress bar', async () => {
    const c = await context();
    const page = await open(c, '/tulevaisuusvalmennus/oma-tilanne-nyt/');
    await page.locator('[data-ws-action="clear"]').focus();
    const hidden: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const covered = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.ws-bar') as HTMLElement | null;
        const header = document.querySelector('header.header') as HTMLElement | null;
        if (!el?.closest('.ws-form') || !bar) return null;
        const top = el.getBoundingClientRect().top;
        const under = Math.max(bar.getBoundingClientRect().bottom, header?.getBoundingClientRect().bottom ?? 0);
        return top < under - 1 ? `${el.outerHTML.slice(0, 60)} at ${Math.round(top)} under ${Math.round(under)}` : null;
      });
      if (covered) hidden.push(covered);
    }
    expect(hidden).toEqual([]);
  });

  it('at 320 px the recognition report stays within the screen after a long word and a link are typed', async () => {
    const c = await context({ viewport: { width: 320, height: 740 } });
    const page = await open(c, '/opinnollistaminen/tunnistamisraportti/');
    await page.fill('[data-field="tyopaikka"] input', 'Kiinteistöhuoltopalveluliiketoimintayksikkökehittämisprojekti');
    const first = page.locator('[data-field="tehtavat"] tr[data-table-row]').first();
    await first
      .locator('input[data-col="tehtava"]')
      .fill('https://example.org/hyvin/pitka/osoite/joka/ei/katkea/itsestaan/koskaan/milloinkaan.html');
    await expect.poll(() => page.locator('[data-opin-summary]').textContent()).toContain('Kiinteistöhuolto');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });

  it('at 320 px, filled-in tool outputs need no sideways scrolling: competence table, chart labels, captions', async () => {
    const c = await context({ viewport: { width: 320, height: 740 } });
    const problems: string[] = [];
    for (const path of ['/opinnollistaminen/itsearviointi/', '/tulevaisuusvalmennus/oma-tilanne-nyt/']) {
      const page = await open(c, path);
      const radios = page.locator('.ws-form input[type=radio]');
      for (let i = 0; i < (await radios.count()); i += 5) await radios.nth(i).check({ force: true });
      await page.waitForTimeout(300);
      problems.push(
        ...(await page.evaluate(() => {
          const out: string[] = [];
          if (document.documentElement.scrollWidth > 320) out.push(`page ${document.documentElement.scrollWidth} px`);
          for (const el of document.querySelectorAll<HTMLElement>(
            'main :is(.opin-progress-wrap, .ws-chart, .ws-table-wrap)',
          ))
            if (el.scrollWidth > el.clientWidth + 1)
              out.push(`${el.className} scrolls ${el.scrollWidth}/${el.clientWidth}`);
          for (const t of document.querySelectorAll<SVGTextElement>('.ws-chart text')) {
            const r = t.getBoundingClientRect();
            const box = (t.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
            if (r.right > box.right + 1) out.push(`label cut: ${t.textContent?.slice(0, 30)}`);
          }
          return out.map((p) => `${location.pathname}: ${p}`);
        })),
      );
    }
    const tool = await open(c, '/vieraskieliset/kielitaitotyokalu/', '');
    await tool.focus('#vk-ex-task'); // nothing saved: the code loads when the reader reaches for the tool
    await tool.waitForSelector('.vk-ready');
    const caption = await tool.locator('[data-vk-result] caption').evaluate((e) => e.clientWidth);
    if (caption < 200) problems.push(`language tool caption ${caption} px wide`);
    expect(problems).toEqual([]);
  });
});
