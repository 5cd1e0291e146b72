import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { version as esbuildVersion } from 'esbuild';
import { engineSrc } from '../pdf/engine-src.ts';
import { cachedBuild } from './bundle-cache.ts';
import { bundleForNodeWithInputs } from './node-bundle.ts';

/**
 * A worker thread's entry (a TypeScript file of the engine) as one CommonJS file under the
 * engine's node_modules, so the libraries left outside the bundle resolve there (a worker runs
 * from a file of its own). Bundled again only when a file it is made from, or the installed
 * packages, changed (build/bundle-cache.ts).
 */
export async function bundleWorker(entry: string, external: readonly string[]): Promise<string> {
  const define = {
    'import.meta.url': JSON.stringify(pathToFileURL(path.join(engineSrc, 'pdf', 'engine-src.ts')).href),
  };
  const name = entry.replace(/\.ts$/, '');
  const file = `${path.basename(name)}.cjs`;
  const bundle = await cachedBuild(name, JSON.stringify({ esbuildVersion, external, define }), async () => {
    const { code, inputs } = await bundleForNodeWithInputs(path.join(engineSrc, entry), {
      external: [...external],
      define,
    });
    return { entry: file, files: [{ name: file, code }], inputs };
  });
  return path.join(bundle.dir, bundle.entry);
}
