// Benchmark: this site against plain Starlight with the same MDX pages, in one run.
// Usage: npm run bench            (prints the figures)
//        npm run bench -- --write (also writes them into docs/PERFORMANCE.md)
// Goals (issue 10): build ratio ≤ 1.25, reading page 0 extra JS bytes, worksheet page ≤ 10 KB gzip
// extra JS, Lighthouse 100 in all four categories. Nothing here asserts: it measures and prints.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import siteConfig from '../site.config.ts';
import { launchBrowser, newContext } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
import { answersPdfRows, measureAnswersPdf } from './bench-answers-pdf.ts';

const root = process.cwd();
const work = path.join(os.tmpdir(), 'guidebook-bench');
const readingPage = '/opas/';
const worksheetPage = '/tulevaisuusvalmennus/oma-tilanne-nyt/';
const lighthousePages = ['/', readingPage, worksheetPage];
const coldRounds = 3;
const warmRounds = 5;

function run(label: string, cwd: string, env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync('astro', ['build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${label} build failed`);
  }
  return seconds;
}

/** The same pages without this project's components: imports from `~/` and their tags removed. */
function plainCopyOfContent(target: string): void {
  cpSync(path.join(root, 'content/docs'), path.join(target, 'content/docs'), { recursive: true });
  // Images the pages use (the home page's hero picture) go through Astro's image pipeline in both.
  const assets = path.join(root, 'src/assets');
  if (existsSync(assets)) cpSync(assets, path.join(target, 'src/assets'), { recursive: true });
  const strip = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) strip(file);
      else if (name.endsWith('.mdx')) {
        let text = readFileSync(file, 'utf8');
        const names = [...text.matchAll(/^import\s+(\w+)\s+from\s+['"]~\/[^'"]+['"];?\s*$/gm)].map((m) => m[1]);
        text = text.replace(/^import\s+\w+\s+from\s+['"]~\/[^'"]+['"];?\s*$/gm, '');
        for (const component of names) {
          text = text.replace(new RegExp(`<${component}\\b[^>]*?/>`, 'gs'), '');
          text = text.replace(new RegExp(`</?${component}\\b[^>]*>`, 'gs'), '');
        }
        writeFileSync(file, text);
      }
    }
  };
  strip(path.join(target, 'content/docs'));
}

function plainStarlightProject(): string {
  const dir = path.join(work, 'plain');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  plainCopyOfContent(dir);
  const [rootLocale, ...others] = siteConfig.locales;
  const locales = {
    root: { label: rootLocale?.label, lang: rootLocale?.code },
    ...Object.fromEntries(others.map((l) => [l.code, { label: l.label, lang: l.code }])),
  };
  const sidebar = siteConfig.materials.map((m) => ({
    label: m.title.fi,
    items: [{ autogenerate: { directory: m.slug } }],
  }));
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// The same address as the site: Starlight then writes canonical links and a sitemap, as ours does.
export default defineConfig({
  site: ${JSON.stringify(siteConfig.url)},
  base: ${JSON.stringify(siteConfig.base)},
  srcDir: './',
  trailingSlash: 'always',
  integrations: [starlight(${JSON.stringify({ title: siteConfig.title, defaultLocale: 'root', locales, sidebar })})],
});
`,
  );
  writeFileSync(
    path.join(dir, 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Vite decides what to bundle for the prerender from the dependencies listed here.
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  // The same installed packages, as hard links (fast, no extra disk); a symlink confuses Vite.
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr}`);
  // Not the main site's caches: the plain build starts as cold as the site's.
  rmSync(path.join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(path.join(dir, 'node_modules/.vite'), { recursive: true, force: true });
  return dir;
}

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

async function scriptBytes(dist: string, page: string): Promise<{ raw: number; gzip: number }> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const context = await newContext(browser);
  const tab = await context.newPage();
  const scripts = new Set<string>();
  tab.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
  });
  await tab.goto(`${server.origin}${page}`, { waitUntil: 'networkidle' });
  const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  // Inline scripts count too: they are JavaScript the page ships. JSON data blocks (a worksheet's
  // definition and strings) are not JavaScript; they are reported by the page's HTML size instead.
  const inline = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1] ?? '');
  const bodies = [...[...scripts].map((p) => readFileSync(path.join(dist, p))), ...inline.map((s) => Buffer.from(s))];
  await browser.close();
  await server.close();
  return {
    raw: bodies.reduce((n, b) => n + b.length, 0),
    gzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

async function lighthouseScores(dist: string): Promise<Record<string, Record<string, number>>> {
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
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const page of lighthousePages) {
      const result = await lighthouse(`${server.origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      scores[page] = Object.fromEntries(
        Object.entries(categories).map(([k, c]) => [k, Math.round(((c as { score: number | null }).score ?? 0) * 100)]),
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return scores;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const plainDir = plainStarlightProject();
  const plainDist = path.join(plainDir, 'dist');
  const siteDist = path.join(work, 'site-dist');
  const siteCache = path.join(work, 'site-cache');

  const siteEnv = { GUIDEBOOK_OUT_DIR: siteDist, GUIDEBOOK_CACHE_DIR: siteCache };
  // Build times move by ±10 % between runs on a shared machine: each figure is the median of
  // several rounds, the two builds taken in turn.
  console.log(`Building plain Starlight (same MDX pages) and this site from cold caches, ${coldRounds} times in turn…`);
  const plainCold: number[] = [];
  const siteCold: number[] = [];
  for (let round = 0; round < coldRounds; round++) {
    for (const cache of ['node_modules/.astro', 'node_modules/.vite', 'dist']) {
      rmSync(path.join(plainDir, cache), { recursive: true, force: true });
    }
    rmSync(siteCache, { recursive: true, force: true });
    rmSync(siteDist, { recursive: true, force: true });
    plainCold.push(run('plain', plainDir, {}));
    siteCold.push(run('site', root, siteEnv));
  }
  // Rebuilds: the usual case while writing, and in CI with the cache folder restored.
  console.log(`Rebuilding both with warm caches, ${warmRounds} times in turn…`);
  const plainWarm: number[] = [];
  const siteWarm: number[] = [];
  for (let round = 0; round < warmRounds; round++) {
    plainWarm.push(run('plain (warm)', plainDir, {}));
    siteWarm.push(run('site (warm)', root, siteEnv));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  const plainSeconds = median(plainCold);
  const siteSeconds = median(siteCold);
  const plainWarmSeconds = median(plainWarm);
  const warmSeconds = median(siteWarm);
  const spread = (list: number[]) => `${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)} s`;

  const pages = (dist: string) => filesUnder(dist, '.html').filter((f) => !f.includes('/pagefind/')).length;
  const pdfs = filesUnder(path.join(siteDist, 'pdf'), '.pdf').map((f) => ({ f, size: statSync(f).size }));
  const worksheetPdfs = pdfs.filter((p) => p.f.includes('/worksheets/'));
  const bookPdfs = pdfs.filter((p) => !p.f.includes('/worksheets/'));
  const max = (list: { size: number }[]) => list.reduce((m, p) => Math.max(m, p.size), 0);

  const js = {
    plainReading: await scriptBytes(plainDist, readingPage),
    siteReading: await scriptBytes(siteDist, readingPage),
    plainWorksheet: await scriptBytes(plainDist, worksheetPage),
    siteWorksheet: await scriptBytes(siteDist, worksheetPage),
  };
  console.log('Running Lighthouse…');
  const scores = await lighthouseScores(siteDist);
  console.log('Timing the answers PDF…');
  const answersPdf = answersPdfRows(await measureAnswersPdf(siteDist));

  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}.`,
    '',
    '| figure | plain Starlight | this site | goal |',
    '|---|---|---|---|',
    `| build, cold caches (median of ${coldRounds}) | ${plainSeconds.toFixed(1)} s (${spread(plainCold)}) | ${siteSeconds.toFixed(1)} s (${spread(siteCold)}), ratio ${(siteSeconds / plainSeconds).toFixed(2)} | ratio ≤ 1.25 |`,
    `| build, warm caches (median of ${warmRounds}) | ${plainWarmSeconds.toFixed(1)} s (${spread(plainWarm)}) | ${warmSeconds.toFixed(1)} s (${spread(siteWarm)}), ratio ${(warmSeconds / plainWarmSeconds).toFixed(2)} | ratio ≤ 1.25 |`,
    `| HTML pages | ${pages(plainDist)} | ${pages(siteDist)} | |`,
    `| PDF files | – | ${pdfs.length} (${kb(pdfs.reduce((n, p) => n + p.size, 0))} in all) | |`,
    `| largest worksheet PDF | – | ${kb(max(worksheetPdfs))} | ≤ 60 KB |`,
    `| largest material PDF | – | ${kb(max(bookPdfs))} | ≤ 1.5 MB |`,
    `| JS on a reading page (${readingPage}) | ${kb(js.plainReading.raw)} / ${kb(js.plainReading.gzip)} gzip | ${kb(js.siteReading.raw)} / ${kb(js.siteReading.gzip)} gzip (extra ${js.siteReading.gzip - js.plainReading.gzip} B gzip) | 0 extra |`,
    `| JS on a worksheet page (${worksheetPage}) | ${kb(js.plainWorksheet.raw)} / ${kb(js.plainWorksheet.gzip)} gzip | ${kb(js.siteWorksheet.raw)} / ${kb(js.siteWorksheet.gzip)} gzip (extra ${kb(js.siteWorksheet.gzip - js.plainWorksheet.gzip)} gzip) | ≤ 10 KB extra |`,
    ...answersPdf,
    '',
    '| Lighthouse | performance | accessibility | best practices | SEO |',
    '|---|---|---|---|---|',
    ...Object.entries(scores).map(
      ([page, s]) => `| ${page} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`,
    ),
  ];
  const report = lines.join('\n');
  console.log(`\n${report}\n`);

  if (process.argv.includes('--write')) {
    const file = path.join(root, 'docs/PERFORMANCE.md');
    const text = readFileSync(file, 'utf8');
    const start = '<!-- figures:start -->';
    const end = '<!-- figures:end -->';
    const updated = text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${report}\n${end}`);
    writeFileSync(file, updated);
    console.log(`Wrote ${path.relative(root, file)}`);
  }
}

await main();
