// Benchmark of the PDF step (issue 4). Measures, does not assert.
// Usage: npm run bench:pdf            three builds into .bench/pdf/ (no PDFs, cold PDF cache, warm)
//        npm run bench:pdf -- --quick  only reads an existing build (GUIDEBOOK_OUT_DIR or dist/)
// Goals: a worksheet PDF at most 60 KB, a material PDF at most 1.5 MB, and the PDF step adding at
// most 25 % to the build of the same site without PDFs (GUIDEBOOK_PDF=off).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

interface Entry {
  kind: 'material' | 'worksheet';
  path: string;
  bytes: number;
  pages: number;
}

const root = process.cwd();
const work = path.join(root, '.bench', 'pdf');
const quick = process.argv.includes('--quick');

function build(
  label: string,
  env: Record<string, string>,
): { seconds: number; pdfMs: number | undefined; cpu: number } {
  const started = performance.now();
  // `time -p` style CPU figures through bash's times builtin: the machine may be shared.
  const result = spawnSync('bash', ['-c', 'npx astro build; status=$?; times; exit $status'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label}: build failed`);
  }
  const pdfMs = Number(/guidebook-pdf\] \d+ PDFs \(.*?\) in (\d+) ms/.exec(result.stdout)?.[1]) || undefined;
  // `times` prints two lines: shell user/sys, then children user/sys (e.g. "1m2.345s 0m3.210s").
  const lines = result.stdout.trim().split('\n').slice(-2);
  const toSeconds = (t: string) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  const cpu = (lines[1] ?? '').split(/\s+/).reduce((sum, t) => sum + toSeconds(t), 0);
  console.log(
    `${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s wall, ${cpu.toFixed(1).padStart(6)} s CPU${pdfMs ? `, PDF step ${(pdfMs / 1000).toFixed(1)} s` : ''}`,
  );
  return { seconds, pdfMs, cpu };
}

function sizes(dist: string): void {
  const file = path.join(dist, 'pdf', 'manifest.json');
  if (!existsSync(file)) throw new Error(`no ${file}: build with PDFs first`);
  const entries = (JSON.parse(readFileSync(file, 'utf8')) as { entries: Entry[] }).entries;
  const report = (kind: Entry['kind'], limit: number) => {
    const list = entries.filter((e) => e.kind === kind).sort((a, b) => b.bytes - a.bytes);
    const over = list.filter((e) => e.bytes > limit);
    const largest = list[0];
    const total = list.reduce((s, e) => s + e.bytes, 0);
    console.log(
      `${kind === 'material' ? 'material books' : 'worksheets'}: ${list.length} files, ${(total / 1024).toFixed(0)} KB in all; ` +
        `largest ${largest ? `${largest.path} ${(largest.bytes / 1024).toFixed(1)} KB, ${largest.pages} pages` : '-'}; ` +
        `goal ≤ ${(limit / 1024).toFixed(0)} KB: ${over.length === 0 ? 'met' : `NOT met by ${over.map((e) => e.path).join(', ')}`}`,
    );
  };
  report('worksheet', 60 * 1024);
  report('material', 1.5 * 1024 * 1024);
}

if (quick) {
  sizes(path.resolve(process.env.GUIDEBOOK_OUT_DIR ?? 'dist'));
} else {
  rmSync(work, { recursive: true, force: true });
  const dist = path.join(work, 'dist');
  const common = { GUIDEBOOK_OUT_DIR: dist };
  // Fair comparison: every measured build starts from the same warm Astro cache (social cards,
  // assets); only the PDF cache differs. The first build only warms that cache.
  const base = path.join(work, 'cache-base');
  build('warm-up (not counted)', { ...common, GUIDEBOOK_PDF: 'off', GUIDEBOOK_CACHE_DIR: base });
  const off = build('without PDFs', { ...common, GUIDEBOOK_PDF: 'off', GUIDEBOOK_CACHE_DIR: base });
  const withPdf = path.join(work, 'cache-pdf');
  cpSync(base, withPdf, { recursive: true });
  rmSync(path.join(withPdf, 'pdf-cache'), { recursive: true, force: true });
  const cold = build('with PDFs, empty PDF cache', { ...common, GUIDEBOOK_CACHE_DIR: withPdf });
  const warm = build('with PDFs, unchanged rebuild', { ...common, GUIDEBOOK_CACHE_DIR: withPdf });
  const pct = (a: number, b: number) => `${(((a - b) / b) * 100).toFixed(0)} %`;
  console.log(
    `PDF step adds (wall): cold ${pct(cold.seconds, off.seconds)}, warm ${pct(warm.seconds, off.seconds)}; goal ≤ 25 %`,
  );
  console.log(`PDF step adds (CPU):  cold ${pct(cold.cpu, off.cpu)}, warm ${pct(warm.cpu, off.cpu)}`);
  sizes(dist);
}
