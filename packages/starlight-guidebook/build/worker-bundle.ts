import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hash } from '../pdf/cache.ts';
import { engineSrc } from '../pdf/engine-src.ts';
import { bundleForNode } from './node-bundle.ts';

/**
 * A worker thread's entry (a TypeScript file of the engine) as one CommonJS file under the
 * engine's node_modules, so the libraries left outside the bundle resolve there (a worker runs
 * from a file of its own).
 */
export async function bundleWorker(entry: string, external: readonly string[]): Promise<string> {
  const code = await bundleForNode(path.join(engineSrc, entry), {
    external: [...external],
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(engineSrc, 'pdf', 'engine-src.ts')).href) },
  });
  const dir = path.join(engineSrc, '..', 'node_modules', '.cache', 'guidebook-workers');
  const prefix = `${entry.replace(/\.ts$/, '').replace(/[^a-z0-9]+/gi, '-')}-`;
  const name = `${prefix}${hash(code)}.cjs`;
  await mkdir(dir, { recursive: true });
  // Bundles of earlier engine versions are of no use any more (a day's grace for parallel builds).
  for (const old of await readdir(dir)) {
    const full = path.join(dir, old);
    const age = Date.now() - (await stat(full).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (old.startsWith(prefix) && old !== name && age > 86_400_000) await rm(full, { force: true });
  }
  await writeFile(path.join(dir, name), code);
  return path.join(dir, name);
}
