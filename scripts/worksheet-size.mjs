// Measures the worksheet client as browsers get it: bundled, minified, gzip-compressed. What a
// page loads at once (the entry and its static imports, compressed as one stream) has a 10 KB
// budget; the parts loaded when needed (export/import, the rounds of a repeatable worksheet) are
// listed with their own size.
// Usage: npm exec -- node scripts/worksheet-size.mjs   (exits 1 above the 10 KB budget)
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 10 * 1024;
const result = await build({
  entryPoints: ['packages/starlight-guidebook/worksheets/client.ts'],
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: '/virtual-out',
  metafile: true,
  write: false,
});
const name = (p) => p.replace(/^.*virtual-out\//, '');
const files = new Map(result.outputFiles.map((f) => [name(f.path), f.contents]));
const outputs = new Map(Object.entries(result.metafile.outputs).map(([k, o]) => [name(k), o]));
const entry = [...outputs].find(([, o]) => o.entryPoint)?.[0];
const atOnce = new Set([entry]);
for (const n of atOnce)
  for (const i of outputs.get(n)?.imports ?? []) if (i.kind === 'import-statement') atOnce.add(name(i.path));
const bytes = (list) => Buffer.concat(list.map((n) => files.get(n)));
const code = bytes([...atOnce]);
const gz = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`worksheet client: ${kb(code.length)} minified, ${kb(gz)} gzip at once (budget ${kb(BUDGET)})`);
for (const n of files.keys()) {
  if (!atOnce.has(n)) console.log(`  loaded when needed: ${n} ${kb(gzipSync(files.get(n), { level: 9 }).length)} gzip`);
}
if (gz > BUDGET) {
  console.error('worksheet client is over its size budget');
  process.exit(1);
}
