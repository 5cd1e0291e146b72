import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { axeSource, axeTags, useBuiltSite } from '../support/site.ts';

/**
 * Repeat and compare (a repeatable worksheet): answers saved in today's format are round 1; a new
 * round is started with a name, answers change, the change chart and its table show it; export,
 * clear and import bring every round back; print has the earlier rounds as a table — by keyboard,
 * axe-clean in light and dark, on a desktop and at 320 px, in Finnish and English.
 */
const site = useBuiltSite();
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const ID = 'oma-tilanne-nyt';
const KEY = `guidebook:worksheet:${ID}`;
const fiPage = `/tulevaisuusvalmennus/${ID}/`;
const enPage = `/en/tulevaisuusvalmennus/${ID}/`;

/** The envelope as browsers hold it today, before rounds (no fieldTimes either: the oldest layout). */
const todays = {
  format: 1,
  worksheetId: ID,
  worksheetVersion: 1,
  updatedAt: '2026-09-01T08:00:00.000Z',
  answers: { arki: 2, voimavarat: { terveys: 2, rytmi: 1 }, askel: 'Soitan valmentajalle.' },
  labels: { arki: 'Miltä arkesi tuntuu tällä hetkellä?' },
};

interface Stored {
  answers: Record<string, unknown>;
  round?: { id: string; startedAt: string; name?: string };
  rounds?: { id: string; name?: string; answers: Record<string, unknown> }[];
}

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A page of the worksheet, with today's stored answers put in place before it loads. */
async function openSeeded(path: string, theme?: 'light' | 'dark'): Promise<{ page: Page; dialogs: string[] }> {
  context = await newContext(site.browser, { acceptDownloads: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.goto(`${site.origin}/offline/`);
  await page.evaluate(
    ([key, value, t]) => {
      localStorage.setItem(key, value);
      if (t) localStorage.setItem('starlight-theme', t);
    },
    [KEY, JSON.stringify(todays), theme ?? ''] as const,
  );
  await page.goto(`${site.origin}${path}`);
  await page.waitForSelector('.ws-js');
  await page.waitForSelector('[data-ws-rounds]:not([hidden])');
  return { page, dialogs };
}

const stored = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY) as Promise<Stored | null>;
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function waitSaved(page: Page, saved: (s: Stored | null) => boolean): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (saved(await stored(page))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`not saved: ${JSON.stringify(await stored(page))}`);
}

/** Starts a new round by keyboard: the toggle, a name (a suggestion or typed), Enter. */
async function newRound(page: Page, name: { suggestion: string } | { typed: string }): Promise<void> {
  // From the form's first box back up to the rounds, which are above the form.
  await page.locator('.ws-form input').first().focus();
  await tabTo(page, '[data-ws-action="new-round"]', 'Shift+Tab');
  await page.keyboard.press('Enter');
  // The rounds view loads on this first press (a worksheet in its first round has not needed it).
  await page.waitForSelector('[data-ws-action="new-round"][aria-expanded="true"]', { timeout: 5000 });
  expect(await page.evaluate(() => document.activeElement?.matches('[data-ws-round-name]'))).toBe(true);
  if ('suggestion' in name) {
    await tabTo(page, `[data-ws-suggest="${name.suggestion}"]`);
    await page.keyboard.press('Enter');
    expect(await page.inputValue('[data-ws-round-name]')).toBe(name.suggestion);
  } else await page.keyboard.type(name.typed);
  await tabTo(page, '[data-ws-round-name]');
  await page.keyboard.press('Enter');
}

async function axe(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const r = await (window as any).axe.run('.ws', { runOnly: { type: 'tag', values: tags } });
    return r.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, axeTags);
  expect(violations, label).toEqual([]);
}

/** Opens every part of the rounds UI (new round form, earlier rounds, the chart's table) and runs axe at both widths. */
async function axeEverySize(page: Page, label: string): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('.ws details')) d.setAttribute('open', '');
  });
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await axe(page, `${label} ${width}px, new round closed`);
    await page.locator('[data-ws-action="new-round"]').click();
    await axe(page, `${label} ${width}px, new round open`);
    await page.keyboard.press('Escape');
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} ${width}px`).toBeLessThanOrEqual(
      width,
    );
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('repeat and compare', () => {
  it('answers saved today are round 1; a new round, the change chart and table, export, clear, import, print (fi)', async () => {
    const { page, dialogs } = await openSeeded(fiPage);
    // Round 1: today's answers, on the form, dated by when they were saved.
    expect(await text(page, '[data-ws-round-now]')).toBe('Täytät nyt kierrosta 1, aloitettu 1.9.2026.');
    expect(await page.isChecked(`#ws-${ID}-arki-2`)).toBe(true);
    expect(await page.isChecked(`#ws-${ID}-voimavarat-rytmi-1`)).toBe(true);
    expect(await page.inputValue(`#ws-${ID}-askel`)).toBe('Soitan valmentajalle.');
    // The migration is saved, with the answers where they were.
    await waitSaved(page, (s) => s?.round?.id === 'r1');
    expect((await stored(page))?.answers).toEqual(todays.answers);
    expect(await page.locator('[data-ws-rounds-earlier] details').count()).toBe(0);

    // A new round, named with a suggestion, by keyboard.
    await newRound(page, { suggestion: 'Valmennuksen puoliväli' });
    await expect(text(page, '[data-ws-status]')).resolves.toBe(
      'Kierros 2 aloitettu. Aiemmat vastauksesi ovat tallessa.',
    );
    expect(await text(page, '[data-ws-round-now]')).toMatch(
      /^Täytät nyt kierrosta 2 \(Valmennuksen puoliväli\), aloitettu \d+\.\d+\.\d{4}\.$/,
    );
    expect(await page.locator('[data-ws-round-new]').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-ws-action="new-round"]'))).toBe(true);
    // The new round starts empty; round 1 is kept read-only.
    expect(await page.isChecked(`#ws-${ID}-arki-2`)).toBe(false);
    expect(await page.inputValue(`#ws-${ID}-askel`)).toBe('');
    const earlier = page.locator('[data-ws-rounds-earlier] details[data-ws-round="r1"]');
    expect(await text(page, '[data-ws-rounds-earlier] details summary')).toBe('Kierros 1, aloitettu 1.9.2026');
    expect(await earlier.locator('input, textarea, select, [contenteditable]').count()).toBe(0);
    await earlier.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await earlier.textContent()).toContain('Soitan valmentajalle.');
    expect(await earlier.textContent()).toContain('2 / 5 (Melko raskaalta)');

    // Change the scale answers of the new round by keyboard.
    await tabTo(page, 'input[name="arki"]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // 4
    await tabTo(page, 'input[name="voimavarat.rytmi"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // 3
    await waitSaved(page, (s) => s?.answers.arki === 4 && (s.answers.voimavarat as { rytmi?: number })?.rytmi === 3);
    // The earlier round opened for reading stays open while the current one is filled in.
    expect(await earlier.getAttribute('open')).not.toBeNull();
    const saved = await stored(page);
    expect(saved?.round?.name).toBe('Valmennuksen puoliväli');
    expect(saved?.rounds?.map((r) => [r.id, r.answers])).toEqual([['r1', todays.answers]]);

    // The change chart and its table: round 1 and round 2 side by side, in an encouraging tone.
    expect(await text(page, '.ws-change-title')).toBe('Näin vastauksesi ovat liikkuneet');
    expect(await page.locator('.ws-change-chart').getAttribute('role')).toBe('img');
    // arki (2 rounds), terveys (round 1 only), rytmi (2 rounds): 5 bars.
    expect(await page.locator('.ws-change-chart .ws-chart-bar').count()).toBe(5);
    await tabTo(page, '.ws-chart-table summary');
    await page.keyboard.press('Enter');
    const rows = await page
      .locator('.ws-chart-table tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows[0]?.slice(1)).toEqual([
      'Kierros 1, aloitettu 1.9.2026',
      expect.stringMatching(/^Kierros 2 \(Valmennuksen puoliväli\), aloitettu /),
    ]);
    expect(rows.find((r) => r[0] === 'Miltä arkesi tuntuu tällä hetkellä?')?.slice(1)).toEqual(['2 / 5', '4 / 5']);
    expect(rows.find((r) => r[0]?.endsWith('Terveys ja jaksaminen'))?.slice(1)).toEqual(['2 / 5', 'ei vastausta']);
    // The table stays open, and up to date, as answers change.
    await page.check(`#ws-${ID}-voimavarat-terveys-4`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.ws-chart-table[open] tr')].some((tr) =>
        /Terveys ja jaksaminen2 \/ 54 \/ 5$/.test(tr.textContent ?? ''),
      ),
    );
    for (const word of ['huonompi', 'heikompi', 'epäonn', 'worse', 'failed']) {
      expect((await page.locator('[data-ws-summary]').textContent())?.toLowerCase()).not.toContain(word);
    }

    // Print: which round this is, the earlier rounds as one table, no round buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-ws-rounds-print] table').isVisible()).toBe(true);
    expect(await text(page, '[data-ws-rounds-print] th:nth-child(2)')).toBe('Kierros 1, aloitettu 1.9.2026');
    expect(await page.locator('[data-ws-action="new-round"]').isVisible()).toBe(false);
    expect(await page.locator('[data-ws-round-now]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Export this worksheet, clear, import: every round is back.
    await tabTo(page, '[data-ws-action="export"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = (await download.path()) ?? '';
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { worksheets: Stored[] };
    expect(exported.worksheets[0]?.rounds?.map((r) => r.id)).toEqual(['r1']);
    expect(exported.worksheets[0]?.round?.name).toBe('Valmennuksen puoliväli');
    await tabTo(page, '[data-ws-action="clear"]');
    await page.keyboard.press('Enter');
    expect(dialogs).toHaveLength(1);
    expect(await stored(page)).toBeNull();
    expect(await text(page, '[data-ws-round-now]')).toMatch(/^Täytät nyt kierrosta 1,/);
    expect(await page.locator('[data-ws-rounds-earlier] details').count()).toBe(0);
    await page.setInputFiles('[data-ws-import]', file);
    await page.waitForSelector('[data-ws-import-panel]:not([hidden])');
    expect(await page.locator('[data-ws-import-info]').textContent()).toContain(
      'Tiedostossa on tähän lomakkeeseen 2 kierrosta.',
    );
    await tabTo(page, '[data-ws-action="replace"]');
    await page.keyboard.press('Enter');
    await waitSaved(page, (s) => (s?.rounds?.length ?? 0) === 1);
    expect(await text(page, '[data-ws-round-now]')).toMatch(/^Täytät nyt kierrosta 2 \(Valmennuksen puoliväli\)/);
    expect(await page.isChecked(`#ws-${ID}-arki-4`)).toBe(true);
    expect(await text(page, '[data-ws-rounds-earlier] details summary')).toBe('Kierros 1, aloitettu 1.9.2026');
    expect((await stored(page))?.rounds?.[0]?.answers).toEqual(todays.answers);

    // My worksheets shows the number of rounds.
    await page.goto(`${site.origin}/omat-lomakkeet/`);
    await page.waitForSelector('[data-my-rows] tr');
    expect(await text(page, '[data-my-rows] td[data-label="Vastattu"]')).toMatch(/^2 \/ \d+ · 2 kierrosta$/);
    // …and its PDF of all answers has the worksheet once per round, each named and dated.
    if (hasPoppler) {
      const [pdf] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.locator('[data-my-action="pdf"]').click(),
      ]);
      const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', (await pdf.path()) ?? '', '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(pdfText).toContain('Oma tilanteeni nyt, kierros 1 (1.9.2026)');
      expect(pdfText).toMatch(/Oma tilanteeni nyt, kierros 2: Valmennuksen puoliväli \(\d+\.\d+\.\d{4}\)/);
      expect(pdfText).toContain('Soitan valmentajalle.');
    }
  });

  it('works offline: the rounds and export, which load when needed, come from the stored files', async () => {
    context = await newContext(site.browser, { serviceWorkers: 'allow', acceptDownloads: true });
    const page = await context.newPage();
    // First visit to another page: the service worker stores every worksheet page and script.
    await page.goto(`${site.origin}/offline/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(todays)] as const);
    await context.setOffline(true);
    await page.goto(`${site.origin}${fiPage}`);
    await page.waitForSelector('[data-ws-rounds]:not([hidden])');
    await newRound(page, { typed: 'Ilman verkkoa' });
    expect(await text(page, '[data-ws-round-now]')).toMatch(/^Täytät nyt kierrosta 2 \(Ilman verkkoa\)/);
    await tabTo(page, '[data-ws-action="export"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { worksheets: Stored[] };
    expect(file.worksheets[0]?.round?.name).toBe('Ilman verkkoa');
  });

  it('corrupt round data: the page works, says so, and keeps the data', async () => {
    context = await newContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/offline/`);
    const bad = { ...todays, rounds: 'rikki', round: { id: 7 } };
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(bad)] as const);
    await page.goto(`${site.origin}${fiPage}`);
    await page.waitForSelector('[data-ws-rounds]:not([hidden])');
    expect(await page.isChecked(`#ws-${ID}-arki-2`)).toBe(true);
    expect(await page.locator('[data-ws-rounds-unreadable]').isVisible()).toBe(true);
    await page.check(`#ws-${ID}-arki-3`);
    await waitSaved(page, (s) => s?.answers.arki === 3);
    const raw = (await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '';
    expect(raw).toContain('"rikki"');
    expect(raw).toContain('{"id":7}');
  });

  it.each(['light', 'dark'] as const)(
    'Finnish rounds UI has no accessibility violations (%s, desktop and 320 px)',
    async (theme) => {
      const { page } = await openSeeded(fiPage, theme);
      await newRound(page, { typed: 'Kurssin jälkeen' });
      await page.check(`#ws-${ID}-arki-5`);
      await page.waitForSelector('.ws-change-chart');
      await axeEverySize(page, `fi ${theme}`);
    },
  );

  it.each(['light', 'dark'] as const)(
    'English: a round with a name of my own, the chart in English, no violations (%s)',
    async (theme) => {
      const { page } = await openSeeded(enPage, theme);
      expect(await text(page, '[data-ws-round-now]')).toMatch(/^You are now filling in round 1, started /);
      // In its first round the page has not loaded the rounds view: no suggestions drawn yet.
      expect(await page.locator('[data-ws-suggest]').count()).toBe(0);
      await newRound(page, { typed: 'After the course' });
      expect(await page.locator('[data-ws-suggest]').allTextContents()).toEqual([
        'Start of the coaching',
        'Middle of the coaching',
        'End of the coaching',
      ]);
      await expect(text(page, '[data-ws-status]')).resolves.toBe('Round 2 started. Your earlier answers are kept.');
      expect(await text(page, '[data-ws-round-now]')).toMatch(
        /^You are now filling in round 2 \(After the course\), started /,
      );
      await tabTo(page, 'input[name="arki"]');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight'); // 3
      await page.waitForSelector('.ws-change-chart');
      expect(await text(page, '.ws-change-title')).toBe('Here is how your answers have moved');
      const cells = await page
        .locator('.ws-chart-table tr')
        .filter({ hasText: 'How does your everyday life feel' })
        .locator('td')
        .allTextContents();
      expect(cells).toEqual(['2 / 5', '3 / 5']);
      await axeEverySize(page, `en ${theme}`);
    },
  );
});
