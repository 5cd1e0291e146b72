// Measures the worksheet client as browsers get it: bundled, minified, gzip-compressed.
// Usage: npm exec -- node scripts/worksheet-size.mjs   (exits 1 above the 10 KB budget)
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 10 * 1024;
const result = await build({
  entryPoints: ['packages/starlight-guidebook/worksheets/client.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
});
const code = result.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`worksheet client: ${kb(code.length)} minified, ${kb(gz)} gzip (budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.error('worksheet client is over its size budget');
  process.exit(1);
}
