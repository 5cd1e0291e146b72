import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../../tests/support/server.ts';
import { median } from './stats.ts';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** Lighthouse's four scores per page, each the median of `runs` runs, served gzipped as hosts do. */
export async function lighthouseScores(
  dist: string,
  pages: readonly string[],
  runs: number,
): Promise<Map<string, Scores>> {
  const server = await serveDist(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const out = new Map<string, Scores>();
  try {
    for (const page of pages) {
      const all: Record<string, number>[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.origin}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const categories = result?.lhr.categories ?? {};
        all.push(
          Object.fromEntries(
            Object.entries(categories).map(([k, c]) => [
              k,
              Math.round(((c as { score: number | null }).score ?? 0) * 100),
            ]),
          ),
        );
      }
      const pick = (k: string) => median(all.map((s) => s[k] ?? 0));
      out.set(page, {
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        'best-practices': pick('best-practices'),
        seo: pick('seo'),
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return out;
}
