import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

/**
 * What a worksheet page loads at once (the entry and the chunks it imports statically) stays
 * within 10 KB gzip (compressed as one stream); export/import and the rounds of a repeatable worksheet load when needed, in
 * chunks of their own, each within 8 KB.
 */
it('the worksheet client stays within 10 KB gzip, its parts loaded later within 8 KB each', {
  timeout: 60_000,
}, async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../../../worksheets/client.ts', import.meta.url))],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: '/virtual-out',
    metafile: true,
    write: false,
  });
  const size = new Map(
    out.outputFiles.map((f) => [f.path.replace(/^.*\/virtual-out\//, ''), gzipSync(f.contents, { level: 9 }).length]),
  );
  const outputs = Object.entries(out.metafile.outputs).map(([name, o]) => ({
    name: name.replace(/^.*virtual-out\//, ''),
    ...o,
  }));
  const entry = outputs.find((o) => o.entryPoint);
  expect(entry).toBeDefined();
  const atOnce = new Set([entry?.name as string]);
  for (const name of atOnce) {
    for (const i of outputs.find((o) => o.name === name)?.imports ?? []) {
      if (i.kind === 'import-statement') atOnce.add(i.path.replace(/^.*virtual-out\//, ''));
    }
  }
  // Measured as one stream, as before the split (the chunks a page loads at once, compressed together).
  const contents = new Map(out.outputFiles.map((f) => [f.path.replace(/^.*\/virtual-out\//, ''), f.contents]));
  const first = gzipSync(Buffer.concat([...atOnce].map((name) => contents.get(name) ?? new Uint8Array())), {
    level: 9,
  }).length;
  expect(first).toBeGreaterThan(1000);
  expect(first).toBeLessThanOrEqual(10 * 1024);
  const later = outputs.filter((o) => !atOnce.has(o.name));
  // The export/import code and the rounds view are not part of the first load.
  expect(later.length).toBeGreaterThanOrEqual(2);
  for (const o of later) expect(size.get(o.name) ?? 0, o.name).toBeLessThanOrEqual(8 * 1024);
});
