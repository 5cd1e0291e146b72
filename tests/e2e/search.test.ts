import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  formsFilePath,
  formsTable,
  parseWordTable,
  rewriteQuery,
  searchKeys,
  wordTableFile,
} from 'starlight-guidebook/search';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';
import { distDir } from '../support/dist.ts';
import {
  formatSearchReport,
  loadPagefind,
  measureSearch,
  type PagefindApi,
  pageWords,
} from '../support/search-quality.ts';
import { useBuiltSite } from '../support/site.ts';
import { searchQueries } from './search-queries.ts';

const site = useBuiltSite();

describe('search quality on the query set (issue 25)', () => {
  it('finds by base form and by inflected form, loses nothing the query as typed finds, keeps English as it was', async () => {
    const report = await measureSearch(site.browser, distDir, searchQueries);
    console.log(formatSearchReport(report));
    expect(report.recall.base).toBeGreaterThanOrEqual(0.95);
    expect(report.recall.inflected).toBeGreaterThanOrEqual(0.9);
    expect(report.recall.compound).toBeGreaterThanOrEqual(0.9);
    expect(report.lost).toEqual([]);
    for (const o of report.outcomes.filter((x) => x.kind === 'english')) {
      expect(o.searched, 'English queries go to Pagefind as typed').toBe(o.query);
    }
    for (const o of report.outcomes) expect(o.firstRelevantRank, `${o.query}: first relevant result`).toBe(1);
  }, 180_000);
});

describe.each(Object.keys(siteConfig.searchBaseForms))('every search key of the "%s" pages', (locale) => {
  it('finds each page that holds a word with that key (also the keys left out as covered)', async () => {
    const keys = searchKeys(parseWordTable(readFileSync(wordTableFile(locale), 'utf8'), wordTableFile(locale)));
    const expected = new Map<string, Set<string>>();
    for (const [url, page] of pageWords(distDir)) {
      if (page.locale !== locale) continue;
      for (const word of page.words) {
        for (const key of keys.pageKeys(word)) expected.set(key, (expected.get(key) ?? new Set()).add(url));
      }
    }
    const home = locale === siteConfig.locales[0]?.code ? '/' : `/${locale}/`;
    const page = await site.open(home);
    await loadPagefind(page);
    const found = await page.evaluate(
      async (terms) => {
        const pagefind = (window as unknown as { pagefind: PagefindApi }).pagefind;
        const urlOf = new Map<string, string>();
        const results: Record<string, string[]> = {};
        for (const term of terms) {
          const search = await pagefind.search(term);
          const urls: string[] = [];
          for (const result of search.results) {
            if (!urlOf.has(result.id))
              urlOf.set(result.id, new URL((await result.data()).url, location.origin).pathname);
            urls.push(urlOf.get(result.id) as string);
          }
          results[term] = urls;
        }
        return results;
      },
      [...expected.keys()],
    );
    await page.context().close();
    const missed = [...expected].flatMap(([key, urls]) =>
      [...urls].filter((url) => !found[key]?.includes(url)).map((url) => `${key} ${url}`),
    );
    expect(expected.size).toBeGreaterThan(100);
    expect(missed.slice(0, 30)).toEqual([]);
  }, 180_000);
});

describe('the search dialog', () => {
  it('finds by an inflected form through the engine’s table, loaded when the dialog is opened, within the CSP', async () => {
    const typed = 'Vahvuuksia';
    const forms = formsTable(JSON.parse(readFileSync(path.join(distDir, formsFilePath('fi')), 'utf8')));
    const rewritten = rewriteQuery(typed, forms, 'fi');
    expect(rewritten).not.toBe(typed);

    const page = await site.open('/');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const tableRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search-forms/')) tableRequests.push(new URL(request.url()).pathname);
    });
    await page.waitForLoadState('networkidle');
    expect(tableRequests, 'a reader who does not search does not load the table').toEqual([]);

    await page.locator('site-search button[data-open-modal]:not([disabled])').click();
    // Typed at once, perhaps before the table has arrived: the search runs again when it comes.
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill(typed);
    await page.locator('site-search[data-search-forms="ready"]').waitFor();
    await loadPagefind(page);
    const counts = await page.evaluate(
      async ({ a, b }) => {
        const pagefind = (window as unknown as { pagefind: PagefindApi }).pagefind;
        return [(await pagefind.search(a)).results.length, (await pagefind.search(b)).results.length];
      },
      { a: typed, b: rewritten },
    );
    const [asTyped = 0, byBaseForm = 0] = counts;
    expect(byBaseForm).toBeGreaterThan(asTyped);
    const message = page.locator('.pagefind-ui__message');
    await expect
      .poll(async () => Number(/\d+/.exec((await message.textContent()) ?? '')?.[0]), { timeout: 15_000 })
      .toBe(byBaseForm);
    expect(tableRequests).toEqual(['/search-forms/fi.json']);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
