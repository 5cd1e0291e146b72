// Benchmark of "Download my answers as PDF" (issue 22). Measures, does not assert.
// Usage: npm run bench:answers-pdf   (reads an existing build: GUIDEBOOK_OUT_DIR or dist/)
// Also called by scripts/bench.ts, which prints its lines with the other figures.
// Goals: first click to download at most 1 s for a Latin-script worksheet, the code the browser
// loads for it (the worker and anything it imports) at most 150 KB gzip.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newContext } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

export interface AnswersPdfFigures {
  page: string;
  /** Milliseconds from the first click to the download, one per round (a fresh browser each). */
  firstClicks: number[];
  /** The same first click on a slow mobile network (Lighthouse's: 150 ms, 1.6 Mbit/s), page loaded first. */
  slowFirstClicks: number[];
  /** Milliseconds from a second click on the same page to its download (the worker reused). */
  secondClicks: number[];
  /** The scripts the first click loaded, with their sizes. */
  scripts: { path: string; raw: number; gzip: number }[];
}

const rounds = 5;

/** The first worksheet page (in the default language) with a writing box and the answers button. */
function worksheetPage(dist: string): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : name === 'index.html' ? [full] : [];
    });
  const found = walk(dist)
    .map((file) => path.relative(dist, file))
    .filter((file) => !file.startsWith('pagefind') && !/^[a-z]{2}(-[a-z]+)?\//.test(file))
    .sort()
    .find((file) => {
      const html = readFileSync(path.join(dist, file), 'utf8');
      return html.includes('data-answers-pdf') && html.includes('<textarea');
    });
  if (!found) throw new Error(`no worksheet page with the answers button in ${dist}`);
  return `/${found.replace(/index\.html$/, '')}`;
}

export async function measureAnswersPdf(dist: string, page = worksheetPage(dist)): Promise<AnswersPdfFigures> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no built site in ${dist}`);
  const server = await serveDist(dist);
  const firstClicks: number[] = [];
  const secondClicks: number[] = [];
  const slowFirstClicks: number[] = [];
  const loaded = new Set<string>();
  try {
    for (let round = 0; round < rounds * 2; round++) {
      const slow = round >= rounds;
      // A new browser each round: no cached or compiled worker code, as on a participant's first visit.
      const browser = await launchBrowser();
      try {
        const context = await newContext(browser, { acceptDownloads: true });
        const tab = await context.newPage();
        await tab.goto(`${server.origin}${page}`, { waitUntil: 'networkidle' });
        const box = tab.locator('section[data-worksheet] textarea').first();
        await box.fill('Haluan oppia uutta ja löytää työn, jossa viihdyn.');
        await box.blur();
        if (slow) {
          // Lighthouse's mobile network; the page's dedicated workers fetch through the same emulation.
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: 150,
            downloadThroughput: (1.6 * 1024 * 1024) / 8,
            uploadThroughput: (750 * 1024) / 8,
          });
        }
        const button = tab.locator('button[data-answers-pdf]').first();
        const scripts: string[] = [];
        const onRequest = (request: { resourceType(): string; url(): string }) => {
          if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
        };
        tab.on('request', onRequest);
        const click = async () => {
          const started = performance.now();
          const [download] = await Promise.all([tab.waitForEvent('download', { timeout: 60_000 }), button.click()]);
          const ms = performance.now() - started;
          await download.path();
          return ms;
        };
        (slow ? slowFirstClicks : firstClicks).push(await click());
        tab.off('request', onRequest);
        for (const url of scripts) loaded.add(new URL(url).pathname);
        await button.waitFor({ state: 'visible' });
        await tab.waitForFunction(
          () => !(document.querySelector('button[data-answers-pdf]') as HTMLButtonElement | null)?.disabled,
        );
        if (!slow) secondClicks.push(await click());
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const scripts = [...loaded].map((p) => {
    const bytes = readFileSync(path.join(dist, decodeURIComponent(p)));
    return { path: p, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { page, firstClicks, slowFirstClicks, secondClicks, scripts };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const spread = (list: number[]) => `${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)} ms`;

/** Rows for the figures table of docs/PERFORMANCE.md: | figure | plain Starlight | this site | goal |. */
export function answersPdfRows(figures: AnswersPdfFigures): string[] {
  const raw = figures.scripts.reduce((n, s) => n + s.raw, 0);
  const gzip = figures.scripts.reduce((n, s) => n + s.gzip, 0);
  return [
    `| answers PDF, first click to download (${figures.page}, median of ${figures.firstClicks.length}) | – | ${median(figures.firstClicks).toFixed(0)} ms (${spread(figures.firstClicks)}) | ≤ 1000 ms |`,
    `| answers PDF, first click on a slow mobile network (150 ms, 1.6 Mbit/s) | – | ${median(figures.slowFirstClicks).toFixed(0)} ms (${spread(figures.slowFirstClicks)}) | |`,
    `| answers PDF, next click on the same page | – | ${median(figures.secondClicks).toFixed(0)} ms (${spread(figures.secondClicks)}) | |`,
    `| answers PDF, code loaded by the first click (${figures.scripts.length} file${figures.scripts.length === 1 ? '' : 's'}) | – | ${kb(raw)} / ${kb(gzip)} gzip | ≤ 150 KB gzip |`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = path.resolve(process.env.GUIDEBOOK_OUT_DIR ?? 'dist');
  const figures = await measureAnswersPdf(dist);
  console.log(
    ['| figure | plain Starlight | this site | goal |', '|---|---|---|---|', ...answersPdfRows(figures)].join('\n'),
  );
  for (const s of figures.scripts) console.log(`  ${s.path}: ${kb(s.raw)} / ${kb(s.gzip)} gzip`);
}
