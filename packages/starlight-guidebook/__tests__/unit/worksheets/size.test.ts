import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('the worksheet client stays within 10 KB gzip', { timeout: 60_000 }, async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../../../worksheets/client.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const gz = gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
  expect(gz).toBeGreaterThan(1000);
  expect(gz).toBeLessThanOrEqual(10 * 1024);
});
