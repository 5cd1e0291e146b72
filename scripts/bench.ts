// Benchmark: this site against plain Starlight with the same MDX pages and the same Starlight
// settings, measured in one run on one machine. Nothing here asserts: it measures and prints.
//
//   npm run bench                  five pairs of every build case, Lighthouse median of 3
//   npm run bench -- --quick       two pairs, one scaling pair, one Lighthouse run (development)
//   npm run bench -- --write       also replaces the figures in docs/PERFORMANCE.md
//   npm run bench -- --skip-scaling leaves out the 1,000-page row
//   npm run bench -- --pairs=1     that many pairs of each build case (the lightest run: 1)
//   npm run bench -- --light       builds, PDFs and page weight only: no Lighthouse, search or
//                                  answers-PDF timing (their rows say "not measured")
//   npm run bench -- --profile     also one profiled build of each case on both sides: where the
//                                  extra CPU time goes, by package and engine folder
//   npm run bench -- --weight-only each side built once, then page weight only (a few minutes:
//                                  for work on what pages load; never writes the figures)
//
// Goals (issue 23), CPU-time ratios against plain Starlight: cold ≤ 1.5, no change ≤ 1.1, edit
// one page ≤ 1.15, edit one worksheet ≤ 1.2; every page type ≤ +10 KB gzip of JavaScript and
// inline data over plain Starlight; Lighthouse 100 in all four categories.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import siteConfig from '../site.config.ts';
import { addScalingPages, editedPage, editedWorksheet, editPage, editWorksheet } from './bench/edits.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { codeAndData, type PageWeight, pageWeights } from './bench/page-weight.ts';
import { profileCases } from './bench/profile-cases.ts';
import { clearCaches, plainProject, siteProject } from './bench/projects.ts';
import { kb, median, pairedRatio, spread } from './bench/stats.ts';
import { type BuildTime, loadAverage, timedBuild } from './bench/timed-build.ts';
import { answersPdfRows, measureAnswersPdf } from './bench-answers-pdf.ts';
import { searchBench } from './bench-search.ts';

const root = process.cwd();
const quick = process.argv.includes('--quick');
const pairsArg = process.argv.find((a) => a.startsWith('--pairs='));
const pairs = pairsArg ? Math.max(1, Number.parseInt(pairsArg.slice('--pairs='.length), 10) || 1) : quick ? 2 : 5;
// The scaling row is about the slope (CPU per page), not a ratio: one pair is enough.
const scalingPairs = 1;
const lighthouseRuns = quick ? 1 : 3;
const scalingTotal = 1000;
// Leaves out the 1,000-page builds (half of a run's time on a busy machine).
const skipScaling = process.argv.includes('--skip-scaling');
const light = process.argv.includes('--light');
const profile = process.argv.includes('--profile');
// Page weight does not depend on build times: one build of each side is enough to measure it.
const weightOnly = process.argv.includes('--weight-only');

const pageTypes: { label: string; page: string }[] = [
  { label: 'home', page: '/' },
  { label: 'reading page', page: '/opas/' },
  { label: 'worksheet page', page: '/tulevaisuusvalmennus/oma-tilanne-nyt/' },
  { label: 'downloads page', page: '/lataukset/' },
  { label: 'tool: trial planner', page: '/opas/kokeilun-suunnittelija/' },
  { label: 'tool: mentor card', page: '/mentorointi/mentorin-kortti/' },
  { label: 'tool: studification model', page: '/opinnollistaminen/vaiheet/' },
  { label: 'tool: self-assessment progress', page: '/opinnollistaminen/itsearviointi/' },
  { label: 'tool: recognition report', page: '/opinnollistaminen/tunnistamisraportti/' },
  { label: 'tool: practice dialogue', page: '/vieraskieliset/harjoittelu/' },
  { label: 'tool: language explorer', page: '/vieraskieliset/kielitaitotyokalu/' },
];
const lighthousePages = [
  '/',
  '/opas/',
  '/tulevaisuusvalmennus/oma-tilanne-nyt/',
  '/opinnollistaminen/tunnistamisraportti/',
];

type Side = 'site' | 'plain';
type Case =
  | 'cold'
  | 'no change'
  | 'edit one page'
  | 'edit one worksheet'
  | 'cold, 1,000 pages'
  | 'no change, 1,000 pages';
const goals: Record<Case, number | undefined> = {
  cold: 1.5,
  'no change': 1.1,
  'edit one page': 1.15,
  'edit one worksheet': 1.2,
  'cold, 1,000 pages': undefined,
  'no change, 1,000 pages': undefined,
};
const times = new Map<Case, Record<Side, BuildTime[]>>();
const loads: string[] = [];

function pages(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  ).length;
}

async function main() {
  // A folder of its own: a parallel run (or another session's) cannot wipe it.
  const work = mkdtempSync(path.join(os.tmpdir(), 'guidebook-bench-'));
  console.log(`Work folder ${work}; load average ${loadAverage()} on ${os.cpus().length} cores.`);
  try {
    const projects: Record<Side, string> = {
      site: siteProject(root, work),
      plain: plainProject(root, work, siteConfig),
    };
    const astro = path.join(root, 'node_modules/.bin/astro');
    const build = (side: Side, what: Case, pair: number) => {
      const list = times.get(what) ?? { site: [], plain: [] };
      times.set(what, list);
      const t = timedBuild(`${side} (${what})`, projects[side], astro);
      list[side].push(t);
      console.log(
        `  pair ${pair + 1} ${what.padEnd(22)} ${side.padEnd(5)} CPU ${t.cpu.toFixed(1).padStart(5)} s, wall ${t.wall.toFixed(1).padStart(5)} s (load ${loadAverage()})`,
      );
    };
    // The two builds of a case run back to back, the first of them alternating from pair to pair,
    // so a slow minute on the shared machine weighs on both sides.
    const inPair = (what: Case, pair: number, before?: (side: Side) => void) => {
      const order: Side[] = pair % 2 === 0 ? ['site', 'plain'] : ['plain', 'site'];
      for (const side of order) {
        before?.(side);
        build(side, what, pair);
      }
    };

    if (weightOnly) {
      for (const side of ['site', 'plain'] as const) {
        const t = timedBuild(side, projects[side], astro);
        console.log(
          `  ${side.padEnd(5)} built: CPU ${t.cpu.toFixed(1)} s, wall ${t.wall.toFixed(1)} s (load ${loadAverage()})`,
        );
      }
      console.log(`\n${weightLines(await measureWeights(projects)).join('\n')}\n`);
      return;
    }

    console.log(`\n${pairs} pairs of builds: cold, no change, ${editedPage} edited, ${editedWorksheet} edited`);
    for (let pair = 0; pair < pairs; pair++) {
      loads.push(loadAverage());
      inPair('cold', pair, (side) => clearCaches(projects[side]));
      inPair('no change', pair);
      inPair('edit one page', pair, (side) => editPage(projects[side], pair + 1));
      // Plain Starlight has no worksheets: its build is the rebuild an author gets after any edit.
      editWorksheet(projects.site, pair + 1);
      inPair('edit one worksheet', pair);
    }

    const plainDist = path.join(projects.plain, 'dist');
    const siteDist = path.join(projects.site, 'dist');
    const pageCount = { plain: pages(plainDist), site: pages(siteDist) };
    const pdfs = readdirSync(path.join(siteDist, 'pdf'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => ({ f, size: statSync(path.join(siteDist, 'pdf', f)).size }));

    const weights = await measureWeights(projects);
    const scores = {
      plain: new Map<string, Record<string, number>>(),
      site: new Map<string, Record<string, number>>(),
    };
    let search: string[] = ['(search by base form: not measured in this run, `--light`)'];
    let answersPdf: string[] = ['| not measured in this run (`--light`) | |'];
    if (!light) {
      console.log(`Lighthouse, median of ${lighthouseRuns}, both sides…`);
      scores.plain = await lighthouseScores(plainDist, lighthousePages, lighthouseRuns);
      scores.site = await lighthouseScores(siteDist, lighthousePages, lighthouseRuns);
      console.log('Measuring search by base form…');
      search = await searchBench(siteDist, path.join(work, 'search'));
      console.log('Timing the answers PDF…');
      answersPdf = answersPdfRows(await measureAnswersPdf(siteDist));
    }

    let profileRows: string[] = [];
    if (profile) {
      console.log('\nOne profiled build of each case, both sides…');
      profileRows = ['### Where the time goes', '', ...profileCases(projects, astro, work, pairs + 1)];
    }

    if (!skipScaling) {
      console.log(`\nScaling: ${scalingTotal} pages in both (copies of reading pages), ${scalingPairs} pair(s)`);
      const locales = siteConfig.locales.length;
      for (const side of ['site', 'plain'] as const)
        addScalingPages(projects[side], pageCount[side], scalingTotal, locales);
    }
    for (let pair = 0; pair < (skipScaling ? 0 : scalingPairs); pair++) {
      loads.push(loadAverage());
      inPair('cold, 1,000 pages', pair, (side) => clearCaches(projects[side]));
      inPair('no change, 1,000 pages', pair);
    }
    const scaledPages = { plain: pages(plainDist), site: pages(siteDist) };

    const report = [
      ...reportLines({ pageCount, scaledPages, pdfs, weights, scores }),
      '',
      '| answers PDF | |',
      '|---|---|',
      ...answersPdf,
      '',
      ...search,
      ...(profileRows.length ? ['', ...profileRows] : []),
    ].join('\n');
    console.log(`\n${report}\n`);
    if (process.argv.includes('--write')) {
      const file = path.join(root, 'docs/PERFORMANCE.md');
      const start = '<!-- figures:start -->';
      const end = '<!-- figures:end -->';
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${report}\n${end}`));
      console.log(`Wrote ${path.relative(root, file)}`);
    }
  } finally {
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

/** Every page type's weight on both sides, once each project is built. */
async function measureWeights(projects: Record<Side, string>): Promise<Record<Side, Map<string, PageWeight>>> {
  console.log("\nPage weight after Starlight's lazy scripts have loaded…");
  const paths = pageTypes.map((p) => p.page);
  return {
    plain: await pageWeights(path.join(projects.plain, 'dist'), paths),
    site: await pageWeights(path.join(projects.site, 'dist'), paths),
  };
}

function reportLines(data: {
  pageCount: Record<Side, number>;
  scaledPages: Record<Side, number>;
  pdfs: { f: string; size: number }[];
  weights: Record<Side, Map<string, PageWeight>>;
  scores: Record<Side, Map<string, Record<string, number>>>;
}): string[] {
  const { pageCount, scaledPages, pdfs, weights, scores } = data;
  const cell = (list: BuildTime[]) => {
    const cpu = list.map((t) => t.cpu);
    const wall = list.map((t) => t.wall);
    return `CPU ${median(cpu).toFixed(1)} s (${spread(cpu)}), wall ${median(wall).toFixed(1)} s (${spread(wall)})`;
  };
  const buildRows = [...times].map(([what, list]) => {
    const cpuRatio = pairedRatio(
      list.site.map((t) => t.cpu),
      list.plain.map((t) => t.cpu),
    );
    const wallRatio = pairedRatio(
      list.site.map((t) => t.wall),
      list.plain.map((t) => t.wall),
    );
    const goal = goals[what];
    const verdict = goal === undefined ? '' : `≤ ${goal.toFixed(2)} ${cpuRatio <= goal ? 'met' : 'not met'}`;
    return `| ${what} (${list.site.length} pair${list.site.length === 1 ? '' : 's'}) | ${cell(list.plain)} | ${cell(list.site)} | ratio ${cpuRatio.toFixed(2)} (wall ${wallRatio.toFixed(2)}) | ${verdict} |`;
  });
  const per1000 = (side: Side, what: 'cold' | 'no change') => {
    const small = median((times.get(what)?.[side] ?? []).map((t) => t.cpu));
    const big = median((times.get(`${what}, 1,000 pages` as Case)?.[side] ?? []).map((t) => t.cpu));
    return ((big - small) / (scaledPages[side] - pageCount[side])) * 1000;
  };
  const scalingRows = () => [
    `| scaling | plain Starlight | this site |`,
    '|---|---|---|',
    `| HTML pages | ${pageCount.plain} → ${scaledPages.plain} | ${pageCount.site} → ${scaledPages.site} |`,
    `| CPU per 1,000 more pages, cold | ${per1000('plain', 'cold').toFixed(1)} s | ${per1000('site', 'cold').toFixed(1)} s |`,
    `| CPU per 1,000 more pages, no change | ${per1000('plain', 'no change').toFixed(1)} s | ${per1000('site', 'no change').toFixed(1)} s |`,
    '',
  ];
  const weightRows = weightLines(weights);
  const lighthouseRows = lighthousePages.map((page) => {
    const s = scores.site.get(page);
    const p = scores.plain.get(page);
    const c = (k: string) => `${s?.[k] ?? '–'} (${p?.[k] ?? '–'})`;
    return `| ${page} | ${c('performance')} | ${c('accessibility')} | ${c('best-practices')} | ${c('seo')} |`;
  });
  const worksheetPdfs = pdfs.filter((p) => p.f.includes('/worksheets/'));
  const bookPdfs = pdfs.filter((p) => !p.f.includes('/worksheets/'));
  const max = (list: { size: number }[]) => list.reduce((m, p) => Math.max(m, p.size), 0);
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, \`${['npm run bench', ...process.argv.slice(2).filter((a) => a !== '--write')].join(' ').replace('bench -', 'bench -- -')}\`; load average at each pair ${loads.join('; ')} (the machine is shared).`,
    '',
    `CPU is user + system time of the build's whole process tree; the ratio is the median of the per-pair ratios (the two builds of a pair back to back, alternating which goes first). Edited: ${editedPage} (one sentence), ${editedWorksheet} (one word); plain Starlight has no worksheets, so its side of that case is a rebuild.`,
    '',
    '| build | plain Starlight | this site | ratio (CPU) | goal |',
    '|---|---|---|---|---|',
    ...buildRows,
    '',
    ...(times.has('no change, 1,000 pages') ? scalingRows() : []),
    `| PDFs | |`,
    '|---|---|',
    `| files | ${pdfs.length} (${kb(pdfs.reduce((n, p) => n + p.size, 0))} in all) |`,
    `| largest worksheet PDF (goal ≤ 60 KB) | ${kb(max(worksheetPdfs))} |`,
    `| largest material PDF (goal ≤ 1.5 MB) | ${kb(max(bookPdfs))} |`,
    '',
    ...weightRows,
    '',
    ...(light
      ? ['Lighthouse: not measured in this run (`--light`).']
      : [
          `| Lighthouse, median of ${lighthouseRuns}: this site (plain) | performance | accessibility | best practices | SEO |`,
          '|---|---|---|---|---|',
          ...lighthouseRows,
        ]),
  ];
}

/** The page-weight table: each page type against plain Starlight's same page. */
function weightLines(weights: Record<Side, Map<string, PageWeight>>): string[] {
  const bytes = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
  const rows = pageTypes.map(({ label, page }) => {
    const s = weights.site.get(page);
    const p = weights.plain.get(page);
    if (!s || !p) return `| ${label} (${page}) | not measured |||||||`;
    const extra = codeAndData(s) - codeAndData(p);
    return `| ${label} (${page}) | ${bytes(s.html)} (${bytes(p.html)}) | ${bytes(s.inlineJson)} | ${bytes(s.inlineJs)} (${bytes(p.inlineJs)}) | ${bytes(s.js)} (${bytes(p.js)}) | ${bytes(s.css)} (${bytes(p.css)}) | ${s.domNodes} (${p.domNodes}) | ${extra >= 0 ? '+' : ''}${kb(extra)} ${extra <= 10 * 1024 ? 'met' : 'not met'} |`;
  });
  return [
    "Page weight once the page and Starlight's lazily loaded search UI have loaded, raw / gzip, this site (plain Starlight); goal: JS + inline JS + inline JSON at most 10 KB gzip over plain.",
    '',
    '| page | HTML | inline JSON | inline JS | JS files | CSS | DOM nodes | JS + data, extra gzip |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ];
}

await main();
