import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { formsTable, indexedRegion, primaryLanguage, rewriteQuery, wordsOf } from 'starlight-guidebook/search';
import { newContext } from './browser.ts';
import { serveDist } from './server.ts';

/** One query of a search-quality set; `relevant` is matched against each word of a page. */
export interface SearchQuery {
  query: string;
  kind: 'base' | 'inflected' | 'compound' | 'english';
  locale: string;
  /** A page is relevant when one of its words (lowercased, as Pagefind indexes them) matches. */
  relevant: RegExp;
}

export interface QueryOutcome extends SearchQuery {
  /** What Pagefind was asked (the query after the base-form rewriting, when the site has it). */
  searched: string;
  relevantPages: string[];
  /** Result pages in Pagefind's order. */
  results: string[];
  /** Results of the query as typed, without the rewriting (what the search found before). */
  asTyped: string[];
  /** Found relevant pages / relevant pages (1 when no page is relevant). */
  recall: number;
  /** 1-based rank of the first relevant result; undefined when none is found. */
  firstRelevantRank: number | undefined;
  /** Milliseconds `pagefind.search()` took in the browser. */
  milliseconds: number;
}

export interface SearchReport {
  outcomes: QueryOutcome[];
  /** Per kind: relevant pages found / relevant pages, over all queries of the kind. */
  recall: Record<SearchQuery['kind'], number>;
  /** Relevant pages a query as typed found that the rewritten query did not. */
  lost: { query: string; pages: string[] }[];
  /** Median and slowest `pagefind.search()` time, ms. */
  queryTime: { median: number; max: number };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') && name !== '404.html' ? [full] : [];
  });
}

/** Each page's URL path and its indexed words (the engine's hidden key blocks left out). */
export function pageWords(distDir: string): Map<string, { locale: string; words: Set<string> }> {
  const pages = new Map<string, { locale: string; words: Set<string> }>();
  for (const file of htmlFiles(distDir)) {
    const region = indexedRegion(readFileSync(file, 'utf8'));
    if (!region) continue;
    const locale = primaryLanguage(region.lang);
    const url = `/${path.relative(distDir, file).replace(/index\.html$/, '')}`;
    pages.set(url, { locale, words: new Set(wordsOf(region.text, locale)) });
  }
  return pages;
}

/** The browser's base-form table the site publishes for a locale, if it has one. */
function publishedForms(distDir: string, locale: string): Map<string, string> | undefined {
  const file = path.join(distDir, 'search-forms', `${locale}.json`);
  return existsSync(file) ? formsTable(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

/** The part of Pagefind's browser API these tests use. */
export interface PagefindApi {
  search(term: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }>;
}

/**
 * Loads the site's Pagefind API into a page as `window.pagefind` (a string: Vitest would rewrite
 * an import() written in a test's own code). The page's language picks Pagefind's index.
 */
export async function loadPagefind(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    window.pagefind = await import('/pagefind/pagefind.js');
    await window.pagefind.init();
  })()`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Runs a query set against a built site in Chromium, through Pagefind's own API on a page of the
 * query's locale, each query rewritten by the site's published base-form table with the engine's
 * own `rewriteQuery` (what the search dialog does) and also as typed.
 */
export async function measureSearch(
  browser: Browser,
  distDir: string,
  queries: readonly SearchQuery[],
): Promise<SearchReport> {
  const pages = pageWords(distDir);
  const server = await serveDist(distDir);
  const context = await newContext(browser);
  const outcomes: QueryOutcome[] = [];
  try {
    const page = await context.newPage();
    for (const locale of [...new Set(queries.map((q) => q.locale))]) {
      const home = [...pages.keys()]
        .filter((url) => pages.get(url)?.locale === locale)
        .sort((a, b) => a.length - b.length)[0];
      await page.goto(`${server.origin}${home ?? '/'}`);
      await loadPagefind(page);
      const forms = publishedForms(distDir, locale);
      for (const q of queries.filter((x) => x.locale === locale)) {
        const searched = forms ? rewriteQuery(q.query, forms, locale) : q.query;
        const run = (term: string) =>
          page.evaluate(async (t) => {
            const pf = (window as unknown as { pagefind: PagefindApi }).pagefind;
            const started = performance.now();
            const found = await pf.search(t);
            const milliseconds = performance.now() - started;
            const urls = await Promise.all(found.results.map(async (r) => (await r.data()).url));
            return { urls, milliseconds };
          }, term);
        const rewritten = await run(searched);
        const asTyped = searched === q.query ? rewritten : await run(q.query);
        const relevantPages = [...pages.entries()]
          .filter(([, p]) => p.locale === q.locale && [...p.words].some((w) => q.relevant.test(w)))
          .map(([url]) => url)
          .sort();
        const results = rewritten.urls.map((u) => new URL(u, server.origin).pathname);
        const found = relevantPages.filter((url) => results.includes(url));
        const rank = results.findIndex((url) => relevantPages.includes(url));
        outcomes.push({
          ...q,
          searched,
          relevantPages,
          results,
          asTyped: asTyped.urls.map((u) => new URL(u, server.origin).pathname),
          recall: relevantPages.length === 0 ? 1 : found.length / relevantPages.length,
          firstRelevantRank: rank < 0 ? undefined : rank + 1,
          milliseconds: rewritten.milliseconds,
        });
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
  const recall = {} as SearchReport['recall'];
  for (const kind of ['base', 'inflected', 'compound', 'english'] as const) {
    const of = outcomes.filter((o) => o.kind === kind);
    const relevant = of.reduce((n, o) => n + o.relevantPages.length, 0);
    const found = of.reduce((n, o) => n + o.relevantPages.filter((u) => o.results.includes(u)).length, 0);
    recall[kind] = relevant === 0 ? 1 : found / relevant;
  }
  const lost = outcomes
    .map((o) => ({
      query: o.query,
      pages: o.asTyped.filter((url) => !o.results.includes(url) && o.relevantPages.includes(url)),
    }))
    .filter((l) => l.pages.length > 0);
  const times = outcomes.map((o) => o.milliseconds);
  return { outcomes, recall, lost, queryTime: { median: median(times), max: Math.max(...times) } };
}

/** The report as lines of text: per kind recall and mean first rank, then each query. */
export function formatSearchReport(report: SearchReport): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  const lines: string[] = [];
  for (const kind of Object.keys(report.recall) as SearchQuery['kind'][]) {
    const of = report.outcomes.filter((o) => o.kind === kind);
    if (of.length === 0) continue;
    const ranks = of.map((o) => o.firstRelevantRank).filter((r): r is number => r !== undefined);
    const meanRank = ranks.reduce((a, b) => a + b, 0) / Math.max(ranks.length, 1);
    lines.push(
      `${kind.padEnd(9)} recall ${pct(report.recall[kind])} over ${of.length} queries; first relevant page at rank ${meanRank.toFixed(2)} on average, worst ${Math.max(0, ...ranks)}; ${of.length - ranks.length} found nothing relevant`,
    );
  }
  lines.push(
    `query time: median ${report.queryTime.median.toFixed(1)} ms, slowest ${report.queryTime.max.toFixed(1)} ms`,
  );
  for (const o of report.outcomes) {
    lines.push(
      `  ${o.kind.padEnd(9)} ${o.query.padEnd(22)} → ${o.searched.padEnd(20)} ${String(o.relevantPages.length - Math.round(o.recall * o.relevantPages.length)).padStart(2)} missed of ${String(o.relevantPages.length).padStart(2)}, ${String(o.results.length).padStart(2)} results, first relevant ${o.firstRelevantRank ?? '-'}`,
    );
  }
  return lines.join('\n');
}
