import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { axeSource, useBuiltSite } from '../support/site.ts';

/** What people do with worksheets, in Chromium, on the built site. */

const KEY = 'guidebook:worksheet:';
const participant = '/tulevaisuusvalmennus/oma-tilanne-nyt/';
const employer = '/opas/tyonantajan-valmiudet/';
const coach = '/tulevaisuusvalmennus/valmennuksen-suunnitelma/';
const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';

const site = useBuiltSite();
let context: BrowserContext;
let dialogs: string[];
let requests: string[];

beforeEach(async () => {
  await context?.close();
  context = await newContext(site.browser, { acceptDownloads: true });
  dialogs = [];
  requests = [];
});

async function open(path: string, ctx = context): Promise<Page> {
  const page = await ctx.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    // Only the clear confirmation is expected; anything else (alert from injected script) is recorded.
    if (d.type() === 'confirm') void d.accept();
    else void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) {
      requests.push(r.url());
    }
  });
  await page.goto(site.origin + path);
  await page.waitForSelector('.ws-js');
  return page;
}

/** Presses Tab until the focused element matches `selector` (keyboard only, like a person would). */
async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types a date into the focused date input in the order the browser's date field uses. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  await page.keyboard.type(`${m}${d}${y}`);
  if (await page.evaluate((v) => (document.activeElement as HTMLInputElement).value !== v, iso)) {
    // The field uses day-month-year: go back to its first part and type again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(`${d}${m}${y}`);
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(iso);
}

async function stored(
  page: Page,
  id: string,
): Promise<{ answers: Record<string, unknown>; removed?: unknown[] } | null> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY + id);
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /Tallennettu klo \d\d\.\d\d/.test(document.querySelector('[data-ws-status]')?.textContent ?? ''),
  );
}

/** Fills every field of the participant worksheet with the keyboard only. */
async function fillParticipant(page: Page): Promise<void> {
  await page.keyboard.press('Tab'); // into the page
  await tabTo(page, '#ws-oma-tilanne-nyt-paiva');
  await typeDate(page, '2026-11-24');
  await tabTo(page, 'input[name="tilanne"]');
  await page.keyboard.press('ArrowDown'); // second option
  await tabTo(page, 'input[name="arki"]');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // 4
  await tabTo(page, 'input[name="voimavarat.terveys"]');
  await page.keyboard.press('Space'); // 1
  await tabTo(page, 'input[name="voimavarat.rytmi"]');
  await page.keyboard.press('ArrowRight'); // 2
  await page.keyboard.press('ArrowRight'); // 3
  await tabTo(page, '#ws-oma-tilanne-nyt-voima-liikunta');
  await page.keyboard.press('Space');
  await tabTo(page, '#ws-oma-tilanne-nyt-voima--other-text');
  await page.keyboard.type('Kalastus');
  await tabTo(page, '#ws-oma-tilanne-nyt-vahvuudet');
  await page.keyboard.type(XSS);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Toinen rivi.');
  await tabTo(page, '#ws-oma-tilanne-nyt-askel');
  await page.keyboard.type('Soitan valmentajalle.');
  await tabTo(page, '#ws-oma-tilanne-nyt-tuki');
  await page.keyboard.type('Valmentaja');
}

const participantAnswers = {
  paiva: '2026-11-24',
  tilanne: 'kokeilu',
  arki: 4,
  voimavarat: { terveys: 1, rytmi: 3 },
  voima: { selected: ['liikunta'], other: 'Kalastus' },
  vahvuudet: `${XSS}\nToinen rivi.`,
  askel: 'Soitan valmentajalle.',
  tuki: 'Valmentaja',
};

describe('worksheets in the browser', () => {
  it('fills scale, matrix, choice, multi with other, date, text and textarea with the keyboard; reload keeps them', async () => {
    const page = await open(participant);
    await expect(page.locator('[data-ws-progress]').textContent()).resolves.toMatch(
      /^0 \/ 10 vastattu · Pakollisia vastaamatta: 3/,
    );
    await fillParticipant(page);
    await waitSaved(page);
    expect((await stored(page, 'oma-tilanne-nyt'))?.answers).toEqual(participantAnswers);
    await expect(page.locator('[data-ws-progress]').textContent()).resolves.toBe('8 / 10 vastattu');

    await page.reload();
    await page.waitForSelector('.ws-js');
    // The status line says the answers on the page are saved ones, not "not saved yet".
    await expect(page.locator('[data-ws-status]').textContent()).resolves.toMatch(/^Tallennettu klo \d\d\.\d\d$/);
    expect(await page.inputValue('#ws-oma-tilanne-nyt-paiva')).toBe('2026-11-24');
    expect(await page.isChecked('#ws-oma-tilanne-nyt-tilanne-kokeilu')).toBe(true);
    expect(await page.isChecked('#ws-oma-tilanne-nyt-arki-4')).toBe(true);
    expect(await page.isChecked('#ws-oma-tilanne-nyt-voimavarat-rytmi-3')).toBe(true);
    expect(await page.isChecked('#ws-oma-tilanne-nyt-voima--other')).toBe(true);
    expect(await page.inputValue('#ws-oma-tilanne-nyt-voima--other-text')).toBe('Kalastus');
    expect(await page.inputValue('#ws-oma-tilanne-nyt-vahvuudet')).toBe(`${XSS}\nToinen rivi.`);
    await expect(page.locator('[data-ws-progress]').textContent()).resolves.toBe('8 / 10 vastattu');

    // The summary chart has one bar per scale answer and matrix row, with a table alternative.
    const chart = page.locator('.ws-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await page.locator('.ws-chart-bar').count()).toBe(3);
    expect(await page.locator('.ws-chart-table tr').count()).toBe(4);

    // Typed markup is text: no dialog, no new elements, the mirror for print holds the same text.
    expect(dialogs).toEqual([]);
    expect(await page.locator('.ws img[src="x"]').count()).toBe(0);
    expect(await page.locator('#ws-oma-tilanne-nyt-vahvuudet ~ [data-mirror]').textContent()).toBe(
      `${XSS}\nToinen rivi.`,
    );
    expect(requests).toEqual([]);
  });

  it('fills a checklist with notes and scales with the keyboard', async () => {
    const page = await open(employer);
    await page.keyboard.press('Tab');
    await tabTo(page, '#ws-tyonantajan-valmiudet-valmistelu-tehtavat');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tehtävälista on valmis.');
    await tabTo(page, '#ws-tyonantajan-valmiudet-valmistelu-ohjaaja-note');
    await page.keyboard.type('Esihenkilö nimeää ensi viikolla.');
    await tabTo(page, 'input[name="valmius"]');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '#ws-tyonantajan-valmiudet-ohjaaja-nimike');
    await page.keyboard.type('Vuoroesihenkilö');
    await waitSaved(page);
    expect((await stored(page, 'tyonantajan-valmiudet'))?.answers).toEqual({
      valmistelu: {
        checked: ['tehtavat'],
        notes: { tehtavat: 'Tehtävälista on valmis.', ohjaaja: 'Esihenkilö nimeää ensi viikolla.' },
      },
      valmius: 2,
      'ohjaaja-nimike': 'Vuoroesihenkilö',
    });
    // A chosen scale step can be cleared again with the keyboard.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, '[data-field="valmius"] [data-clear-choice]');
    await page.keyboard.press('Enter');
    expect(await page.isChecked('#ws-tyonantajan-valmiudet-valmius-2')).toBe(false);
    expect(await page.locator('[data-field="valmius"] [data-clear-choice]').isVisible()).toBe(false);
    await page.waitForFunction(
      (k) => !('valmius' in (JSON.parse(localStorage.getItem(k) ?? '{}').answers ?? {})),
      `${KEY}tyonantajan-valmiudet`,
    );
  });

  it('adds and removes table rows with the keyboard, keeping focus and announcing it', async () => {
    const page = await open(coach);
    const rows = page.locator('[data-field="tavoitteet"] [data-table-row]');
    expect(await rows.count()).toBe(3);
    await page.keyboard.press('Tab');
    await tabTo(page, '#ws-valmennuksen-suunnitelma-aloitus');
    await typeDate(page, '2026-12-01');
    await tabTo(page, '[data-field="tavoitteet"] [data-table-row]:nth-child(1) [data-col="tavoite"]');
    await page.keyboard.type('Työkokeilupaikka');
    await tabTo(page, '[data-field="tavoitteet"] [data-add-row]');
    await page.keyboard.press('Enter');
    expect(await rows.count()).toBe(4);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tavoite, rivi 4');
    await page.keyboard.type('Neljäs tavoite');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Soitto');
    await expect(page.locator('[data-ws-status]').textContent()).resolves.toMatch(/Rivi 4 lisätty|Tallennettu/);
    // Remove row 2: focus moves to the remove button of the row that took its place.
    await tabTo(page, '[data-field="tavoitteet"] [data-table-row]:nth-child(2) [data-remove-row]');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Poista rivi 2');
    await page.keyboard.press('Enter');
    expect(await rows.count()).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Poista rivi 2');
    await waitSaved(page);
    const answers = (await stored(page, 'valmennuksen-suunnitelma'))?.answers;
    expect(answers?.aloitus).toBe('2026-12-01');
    expect(answers?.tavoitteet).toEqual([
      { tavoite: 'Työkokeilupaikka' },
      {},
      { tavoite: 'Neljäs tavoite', askel: 'Soitto' },
    ]);
    await page.reload();
    await page.waitForSelector('.ws-js');
    expect(await rows.count()).toBe(3);
    expect(await page.inputValue('[data-field="tavoitteet"] [data-table-row]:nth-child(3) [data-col="askel"]')).toBe(
      'Soitto',
    );
  });

  it('export, clear, import: the same answers come back', async () => {
    const page = await open(participant);
    await fillParticipant(page);
    await waitSaved(page);
    const before = await stored(page, 'oma-tilanne-nyt');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vie tämän lomakkeen vastaukset (JSON)' }).focus();
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(/^vastaukset-oma-tilanne-nyt-\d{4}-\d\d-\d\d\.json$/);

    await page.getByRole('button', { name: 'Tyhjennä vastaukset' }).focus();
    await page.keyboard.press('Enter');
    expect(dialogs).toEqual([expect.stringMatching(/^confirm: Haluatko varmasti tyhjentää/)]);
    expect(await stored(page, 'oma-tilanne-nyt')).toBeNull();
    expect(await page.inputValue('#ws-oma-tilanne-nyt-vahvuudet')).toBe('');
    await expect(page.locator('[data-ws-progress]').textContent()).resolves.toMatch(/^0 \/ 10/);

    await page.setInputFiles('[data-ws-import]', file);
    const panel = page.locator('[data-ws-import-panel]');
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toMatch(/Tiedostossa on 8 vastausta tähän lomakkeeseen/);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-ws-import-panel]'))).toBe(true);
    await page.getByRole('button', { name: 'Korvaa valittujen lomakkeiden vastaukset' }).click();
    expect(await panel.isHidden()).toBe(true);
    expect((await stored(page, 'oma-tilanne-nyt'))?.answers).toEqual(before?.answers);
    expect(await page.inputValue('#ws-oma-tilanne-nyt-vahvuudet')).toBe(`${XSS}\nToinen rivi.`);
    expect(dialogs).toHaveLength(1);
  });

  it('import: shows what a broken or foreign file is, and changes nothing', async () => {
    const page = await open(employer);
    const tryFile = async (content: string) => {
      await page.evaluate(() => {
        const info = document.querySelector('[data-ws-import-info]');
        if (info) info.textContent = '';
      });
      await page.setInputFiles('[data-ws-import]', {
        name: 'x.json',
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      });
      await page.waitForFunction(() => document.querySelector('[data-ws-import-info]')?.textContent);
      return page.locator('[data-ws-import-info]').textContent();
    };
    await expect(tryFile('not json')).resolves.toMatch(/Tiedostoa ei voitu tuoda: tiedosto ei ole JSON-muotoinen/);
    const other = {
      format: 'guidebook-answers',
      version: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      worksheets: [
        {
          format: 1,
          worksheetId: 'oma-tilanne-nyt',
          worksheetVersion: 1,
          updatedAt: '2026-01-01T00:00:00Z',
          answers: {},
        },
      ],
    };
    await expect(tryFile(JSON.stringify(other))).resolves.toMatch(
      /vain muiden lomakkeiden vastauksia \(oma-tilanne-nyt\)/,
    );
    await expect(tryFile(JSON.stringify({ ...other, version: 99 }))).resolves.toMatch(/uudemmalla versiolla/);
    expect(await page.getByRole('button', { name: 'Korvaa valittujen lomakkeiden vastaukset' }).isHidden()).toBe(true);
    expect(await stored(page, 'tyonantajan-valmiudet')).toBeNull();

    // One answer here and one other worksheet: the summary speaks in the singular.
    const mine = { ...other.worksheets[0], worksheetId: 'tyonantajan-valmiudet', answers: { 'ohjaaja-nimike': 'X' } };
    const summary = await tryFile(JSON.stringify({ ...other, worksheets: [mine, ...other.worksheets] }));
    expect(summary).toMatch(/Tiedostossa on 1 vastaus tähän lomakkeeseen/);
    // Each worksheet of the file is listed with its dates; only this one is chosen to start with.
    expect(summary).toMatch(/\(tämä lomake\): tiedostossa 1\.1\.2026 klo 0\.00; tällä laitteella ei vastauksia/);
    expect(summary).toMatch(/oma-tilanne-nyt: tiedostossa 1\.1\.2026 klo 0\.00; tällä laitteella ei vastauksia/);
    expect(await page.locator('.ws-import-list input:checked').count()).toBe(1);
    await page.getByRole('button', { name: 'Peruuta' }).click();
    expect(await stored(page, 'tyonantajan-valmiudet')).toBeNull();
  });

  it('two tabs of the same worksheet stay in sync', async () => {
    const a = await open(participant);
    const b = await open(participant);
    await a.fill('#ws-oma-tilanne-nyt-tuki', 'Kirjoitettu välilehdellä A');
    await waitSaved(a);
    await b.waitForFunction(
      () =>
        (document.querySelector('#ws-oma-tilanne-nyt-tuki') as HTMLInputElement).value === 'Kirjoitettu välilehdellä A',
    );
    await expect(b.locator('[data-ws-status]').textContent()).resolves.toBe(
      'Vastaukset päivitetty toisesta välilehdestä.',
    );
    await b.check('#ws-oma-tilanne-nyt-arki-5');
    await waitSaved(b);
    await a.waitForFunction(() => (document.querySelector('#ws-oma-tilanne-nyt-arki-5') as HTMLInputElement).checked);
  });

  it('corrupt stored data: the page works, says so, and keeps the data in a backup key', async () => {
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"format":1,"answers": <broken');
        sessionStorage.setItem('seeded', '1');
      }
    }, `${KEY}oma-tilanne-nyt`);
    const page = await open(participant);
    const alert = page.locator('[data-ws-alert]');
    await expect(alert.textContent()).resolves.toMatch(/ei voitu lukea.*siirretty talteen varmuuskopioksi/);
    expect(await alert.getAttribute('role')).toBe('alert');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('guidebook:worksheet-backup:oma-tilanne-nyt:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual(['{"format":1,"answers": <broken']);
    await page.fill('#ws-oma-tilanne-nyt-tuki', 'Toimii silti');
    await waitSaved(page);
    expect((await stored(page, 'oma-tilanne-nyt'))?.answers).toEqual({ tuki: 'Toimii silti' });
    // "Export all" carries the unreadable data along, byte for byte.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vie kaikkien lomakkeiden vastaukset (JSON)' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file.backups.map((b: { value: string }) => b.value)).toEqual(['{"format":1,"answers": <broken']);
  });

  it('answers to removed questions (older definition) are shown as text, not dropped', async () => {
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        const env = {
          format: 1,
          worksheetId: 'oma-tilanne-nyt',
          worksheetVersion: 1,
          updatedAt: '2026-01-01T10:00:00.000Z',
          answers: { tuki: 'Ystävä', 'vanha-kysymys': '<img src=x onerror=alert(3)>' },
        };
        localStorage.setItem(key, JSON.stringify(env));
        sessionStorage.setItem('seeded', '1');
      }
    }, `${KEY}oma-tilanne-nyt`);
    const page = await open(participant);
    const removed = page.locator('[data-ws-removed]');
    expect(await removed.isVisible()).toBe(true);
    await expect(removed.locator('dt').textContent()).resolves.toBe('vanha-kysymys');
    await expect(removed.locator('dd').textContent()).resolves.toBe('<img src=x onerror=alert(3)>');
    expect(await page.inputValue('#ws-oma-tilanne-nyt-tuki')).toBe('Ystävä');
    expect((await stored(page, 'oma-tilanne-nyt'))?.removed).toEqual([
      { id: 'vanha-kysymys', value: '<img src=x onerror=alert(3)>', version: 1 },
    ]);
    expect(dialogs).toEqual([]);
  });

  it('storage refused: says so, keeps working in memory, and export still works', async () => {
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await open(employer);
    await expect(page.locator('[data-ws-alert]').textContent()).resolves.toMatch(/ei salli tallentamista/);
    await page.fill('#ws-tyonantajan-valmiudet-yhteystaho', 'Työllisyyspalvelut');
    await expect(page.locator('[data-ws-progress]').textContent()).resolves.toMatch(/^1 \/ 6/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vie tämän lomakkeen vastaukset (JSON)' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    expect(JSON.parse(text).worksheets[0].answers).toEqual({ yhteystaho: 'Työllisyyspalvelut' });
  });

  it('prints the filled form: tools hidden, long textarea text printed in full', async () => {
    const page = await open(participant);
    const long = 'Pitkä vastaus. '.repeat(120);
    await page.fill('#ws-oma-tilanne-nyt-vahvuudet', long);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ws-tools').isVisible()).toBe(false);
    expect(await page.locator('#ws-oma-tilanne-nyt-vahvuudet').isVisible()).toBe(false);
    const mirror = page.locator('#ws-oma-tilanne-nyt-vahvuudet ~ [data-mirror]');
    expect(await mirror.isVisible()).toBe(true);
    expect(await mirror.textContent()).toBe(long);
    const box = await mirror.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(200);
  });

  it('the English page is in English and has no accessibility violations', async () => {
    const page = await open(`/en${participant}`);
    await expect(page.locator('.ws-title').textContent()).resolves.toBe('Where I am now');
    await expect(page.locator('[data-ws-progress]').textContent()).resolves.toMatch(/^0 \/ 10 answered/);
    await page.check('#ws-oma-tilanne-nyt-arki-3');
    await page.waitForSelector('.ws-chart');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
      const r = await (window as any).axe.run('.ws', {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return r.violations.map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
  });

  it('export all: one file with the answers of every worksheet on this device', async () => {
    const a = await open(employer);
    await a.fill('#ws-tyonantajan-valmiudet-yhteystaho', 'Kunta');
    await waitSaved(a);
    const b = await open(coach);
    await b.fill('#ws-valmennuksen-suunnitelma-valmennettava', 'AB');
    const download = b.waitForEvent('download');
    await b.getByRole('button', { name: 'Vie kaikkien lomakkeiden vastaukset (JSON)' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file.worksheets.map((w: { worksheetId: string; answers: object }) => [w.worksheetId, w.answers])).toEqual([
      ['tyonantajan-valmiudet', { yhteystaho: 'Kunta' }],
      ['valmennuksen-suunnitelma', { valmennettava: 'AB' }],
    ]);
  });

  it.each(['light', 'dark'] as const)('no accessibility violations in filled worksheets (%s theme)', async (theme) => {
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    for (const path of [participant, employer, coach]) {
      const page = await open(path);
      await page.evaluate(() => {
        for (const i of document.querySelectorAll<HTMLInputElement>('.ws input[type=radio][value="3"]'))
          i.checked = true;
        for (const i of document.querySelectorAll<HTMLInputElement>('.ws input[type=checkbox]')) i.checked = true;
        document.querySelector('.ws-form')?.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
        const r = await (window as any).axe.run('.ws', {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return r.violations.map(
          (v: { id: string; nodes: { target: string[] }[] }) =>
            `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations, `${path} ${theme}`).toEqual([]);
      await page.close();
    }
  });

  it('other scripts can add a button to the toolbar and read the current answers', async () => {
    const page = await open(employer);
    await page.fill('#ws-tyonantajan-valmiudet-yhteystaho', 'Kunta');
    const detail = await page.evaluate(
      () =>
        new Promise<{ id: string; answers: unknown }>((resolve) => {
          const root = document.querySelector('section.ws[data-worksheet]') as HTMLElement;
          root.addEventListener('worksheet:answers', (e) => {
            const d = (e as CustomEvent).detail;
            resolve({ id: d.id, answers: d.envelope.answers });
          });
          root.dispatchEvent(new CustomEvent('worksheet:request'));
        }),
    );
    expect(detail).toEqual({ id: 'tyonantajan-valmiudet', answers: { yhteystaho: 'Kunta' } });
    expect(await page.locator('[data-worksheet-actions]').isVisible()).toBe(true);
  });
});
