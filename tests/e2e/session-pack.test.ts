import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/dist.ts';
import { axeSource, useBuiltSite } from '../support/site.ts';

/**
 * A coach's session pack on the downloads page: chosen forms and cards, in the chosen order, as
 * one PDF with a bookmark per part, made in the browser from the site's own files — by keyboard.
 */
const site = useBuiltSite();
const hasTools =
  spawnSync('qpdf', ['--version']).error === undefined && spawnSync('pdfinfo', ['-v']).error === undefined;
const downloads = '/lataukset/';

describe.runIf(hasTools)('session pack', () => {
  it('the downloads page has it', () => {
    expect(readDist('lataukset/index.html')).toContain('data-session-pack');
    expect(readDist('en/lataukset/index.html')).toContain('data-session-pack');
  });

  it('makes one PDF of chosen parts in the chosen order, with a bookmark each, by keyboard', async () => {
    const page = await site.open(downloads, { acceptDownloads: true });
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.origin) && !/^(blob|data):/.test(r.url())) foreign.push(r.url());
    });
    const pack = page.locator('[data-session-pack]');
    await expect(pack.isVisible()).resolves.toBe(true);

    /** Opens a group by keyboard and ticks its first item with the space bar; returns its title. */
    const tick = async (group: number, language = 'fi') => {
      const details = pack.locator(`[data-pack-language="${language}"] details`).nth(group);
      await details.locator('summary').focus();
      await page.keyboard.press('Enter');
      const box = details.locator('input[type="checkbox"]').first();
      await box.focus();
      await page.keyboard.press('Space');
      return (await box.getAttribute('data-title')) ?? '';
    };
    const first = await tick(0);
    const second = await tick(1);
    // An English part too: the language choice shows the English files.
    await pack.locator('input[type="radio"][value="en"]').focus();
    await page.keyboard.press('Space');
    const third = await tick(1, 'en');
    const order = () => pack.locator('[data-pack-order] .pack-title').allTextContents();
    await expect(order()).resolves.toEqual([`${first} (Suomi)`, `${second} (Suomi)`, `${third} (English)`]);
    // The list is made by the script: its buttons and rows still get the page's styles (a
    // component's scoped style does not reach elements a script makes).
    const looks = await pack
      .locator('[data-pack-order] li')
      .first()
      .evaluate((item) => ({
        row: getComputedStyle(item).borderBottomStyle,
        button: getComputedStyle(item.querySelector('button') as HTMLElement).borderTopStyle,
      }));
    expect(looks).toEqual({ row: 'solid', button: 'solid' });

    // The English part to the top, the second Finnish part out, all by keyboard.
    await pack.getByRole('button', { name: `Siirrä ylös: ${third} (English)` }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(order()).resolves.toEqual([`${third} (English)`, `${first} (Suomi)`, `${second} (Suomi)`]);
    await expect(pack.locator('[data-pack-status]').textContent()).resolves.toContain('kohta 1 / 3');
    await pack.getByRole('button', { name: `Poista: ${second} (Suomi)` }).focus();
    await page.keyboard.press('Enter');
    await expect(order()).resolves.toEqual([`${third} (English)`, `${first} (Suomi)`]);
    // Focus stayed in the list, not lost to the page.
    await expect(page.evaluate(() => document.activeElement?.closest('[data-pack-order]') !== null)).resolves.toBe(
      true,
    );

    await pack.locator('[data-pack-name]').fill('Ryhmä 3');
    await pack.locator('[data-pack-make]').focus();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('ryhmä-3.pdf');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pack-')), 'pack.pdf');
    await download.saveAs(file);
    expect(() => execFileSync('qpdf', ['--check', file])).not.toThrow();
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
      outlines: { title: string; destpageposfrom1: number }[];
    };
    expect(json.outlines.map((o) => o.title)).toEqual([third, first]);
    expect(json.outlines[0]?.destpageposfrom1).toBe(1);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Ryhmä 3/);
    await expect(pack.locator('[data-pack-status]').textContent()).resolves.toContain('ladattu');
    expect(foreign).toEqual([]);

    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string }[] }> } })
        .axe;
      return (await axe.run({ include: [['[data-session-pack]']] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
