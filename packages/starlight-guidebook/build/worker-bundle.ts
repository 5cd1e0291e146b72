import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { engineSrc } from '../pdf/engine-src.ts';
import { cachedBundle } from './bundle-cache.ts';
import { bundleForNode } from './node-bundle.ts';

/**
 * A worker thread's entry (a TypeScript file of the engine) as one CommonJS file under the
 * engine's node_modules, so the libraries left outside the bundle resolve there (a worker runs
 * from a file of its own). Bundled again only when the engine or the installed packages change.
 */
export async function bundleWorker(entry: string, external: readonly string[]): Promise<string> {
  const bundle = await cachedBundle(`${entry.replace(/\.ts$/, '')} ${external.join(',')}`, 'cjs', () =>
    bundleForNode(path.join(engineSrc, entry), {
      external: [...external],
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(engineSrc, 'pdf', 'engine-src.ts')).href) },
    }),
  );
  return bundle.file;
}
