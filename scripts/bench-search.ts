// Search by base form (issue 25) in figures: the Pagefind index with and without the engine's
// keys, the browser's table of word forms, and recall and query time on this site's query set.
// Part of `npm run bench` (searchBench below); alone on an existing build:
//   npm run bench:search            (dist/)
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { searchKeysAttribute } from 'starlight-guidebook/search';
import { searchQueries } from '../tests/e2e/search-queries.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { measureSearch, type SearchReport } from '../tests/support/search-quality.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Bytes of one language's Pagefind index: word index chunks, page fragments and metadata. */
function indexBytes(dist: string, locale: string): number {
  const dir = path.join(dist, 'pagefind');
  return filesUnder(dir)
    .filter((f) => {
      const name = path.basename(f);
      return name.startsWith(`${locale}_`) || name.startsWith(`pagefind.${locale}_`);
    })
    .reduce((n, f) => n + statSync(f).size, 0);
}

/**
 * The same built pages without the engine's key blocks, indexed again by the same Pagefind: the
 * site as it would be without search by base form (and without the browser table).
 */
async function withoutKeys(siteDist: string, target: string): Promise<void> {
  rmSync(target, { recursive: true, force: true });
  const block = new RegExp(`<div hidden aria-hidden="true" ${searchKeysAttribute}>[^<]*</div>`, 'g');
  for (const file of filesUnder(siteDist)) {
    const relative = path.relative(siteDist, file);
    if (relative.startsWith('pagefind') || relative.startsWith('search-forms') || relative.startsWith('pdf')) continue;
    mkdirSync(path.dirname(path.join(target, relative)), { recursive: true });
    if (file.endsWith('.html'))
      writeFileSync(path.join(target, relative), readFileSync(file, 'utf8').replace(block, ''));
    else cpSync(file, path.join(target, relative));
  }
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind did not start');
  await index.addDirectory({ path: target });
  await index.writeFiles({ outputPath: path.join(target, 'pagefind') });
  await pagefind.close();
}

/** Markdown lines: a table of the figures, before (no keys) and after. */
export async function searchBench(
  siteDist: string,
  work = path.join(os.tmpdir(), 'guidebook-bench-search'),
): Promise<string[]> {
  const before = path.join(work, 'without-keys');
  await withoutKeys(siteDist, before);
  const locales = readdirSync(path.join(siteDist, 'search-forms')).map((f) => f.replace(/\.json$/, ''));
  const browser = await launchBrowser();
  let reports: [SearchReport, SearchReport];
  try {
    reports = [
      await measureSearch(browser, before, searchQueries),
      await measureSearch(browser, siteDist, searchQueries),
    ];
  } finally {
    await browser.close();
  }
  const [without, withKeys] = reports;
  const recall = (r: SearchReport) =>
    `${pct(r.recall.base)} / ${pct(r.recall.inflected)} / ${pct(r.recall.compound)} / ${pct(r.recall.english)}`;
  const lines = ['| search by base form | without the keys | with them |', '|---|---|---|'];
  for (const locale of ['fi', 'en']) {
    const a = indexBytes(before, locale);
    const b = indexBytes(siteDist, locale);
    lines.push(`| Pagefind index, "${locale}" | ${kb(a)} | ${kb(b)} (${b >= a ? '+' : ''}${pct((b - a) / a)}) |`);
  }
  for (const locale of locales) {
    const file = path.join(siteDist, 'search-forms', `${locale}.json`);
    const raw = readFileSync(file);
    lines.push(
      `| browser table of word forms, "${locale}" (loaded when the dialog opens) | – | ${kb(raw.length)} / ${kb(gzipSync(raw).length)} gzip |`,
    );
  }
  lines.push(
    `| recall: base / inflected / compound part / English (${searchQueries.length} queries) | ${recall(without)} | ${recall(withKeys)} |`,
    `| pagefind.search(), median / slowest | ${without.queryTime.median.toFixed(1)} / ${without.queryTime.max.toFixed(0)} ms | ${withKeys.queryTime.median.toFixed(1)} / ${withKeys.queryTime.max.toFixed(0)} ms |`,
  );
  return lines;
}

if (import.meta.filename === process.argv[1]) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  if (!existsSync(path.join(dist, 'search-forms'))) throw new Error(`${dist}: no search-forms/; build first`);
  console.log((await searchBench(dist)).join('\n'));
}
