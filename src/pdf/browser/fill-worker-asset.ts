import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export const fillWorkerModule = 'virtual:guidebook/fill-worker-url';
const resolved = `\0${fillWorkerModule}`;
const entry = fileURLToPath(new URL('./fill-worker.ts', import.meta.url));

/** The worker as one minified ES module, and the file name it gets under the assets folder. */
export async function bundleFillWorker(): Promise<{ code: string; name: string }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, name: `fill-worker.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js` };
}

/**
 * `virtual:guidebook/fill-worker-url`: the address of the Web Worker that fills the answers PDF.
 * esbuild bundles the worker (pdf-lib and the filling code) on its own threads, away from the
 * build's; Vite's worker bundling took half a second of every build for a file that only changes
 * with the engine. The file is written next to Vite's own assets, its name hashed like theirs.
 * In `astro dev` the address is the source file, which Vite serves as a module.
 */
export function fillWorkerAsset(): Plugin {
  let bundle: ReturnType<typeof bundleFillWorker> | undefined;
  let base = '/';
  let assetsDir = '_astro';
  let serving = false;
  // Only the build that used the address (the client's) writes the file.
  const usedIn = new Set<string>();
  return {
    name: 'guidebook-fill-worker',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base.replace(/\/?$/, '/');
      assetsDir = config.build.assetsDir;
      // Started now, so it is ready long before the client build asks for the address.
      if (!serving) bundle ??= bundleFillWorker();
    },
    resolveId: (id) => (id === fillWorkerModule ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      if (serving) return `export default ${JSON.stringify(`/@fs${entry}`)};`;
      usedIn.add(this.environment.name);
      bundle ??= bundleFillWorker();
      return `export default ${JSON.stringify(`${base}${assetsDir}/${(await bundle).name}`)};`;
    },
    async generateBundle() {
      if (!bundle || !usedIn.has(this.environment.name)) return;
      const { code, name } = await bundle;
      this.emitFile({ type: 'asset', fileName: `${assetsDir}/${name}`, source: code });
    },
  };
}
