import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { cachedBundle } from '../../build/bundle-cache.ts';
import { fontDir, fontFiles } from '../fonts.ts';

export const fillWorkerModule = 'virtual:guidebook/fill-worker-url';
const resolved = `\0${fillWorkerModule}`;
const entry = fileURLToPath(new URL('./fill-worker.ts', import.meta.url));

/**
 * The worker as one minified ES module, and the file name it gets under the assets folder.
 * Bundled again only when the engine or the installed packages change (build/bundle-cache.ts).
 */
export async function bundleFillWorker(): Promise<{ code: string; name: string }> {
  const bundle = await cachedBundle('fill-worker', 'js', minifiedWorker);
  const code = await bundle.code();
  return { code, name: hashed('fill-worker', 'js', code) };
}

async function minifiedWorker(): Promise<string> {
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
  return result.outputFiles[0]?.text ?? '';
}

const hashed = (stem: string, ext: string, data: string | Uint8Array) =>
  `${stem}.${createHash('sha256').update(data).digest('hex').slice(0, 10)}.${ext}`;

/** The font the answers are set in: the regular Noto Sans the PDFs use (Latin, Greek, Cyrillic). */
export function answersFontFile(): { file: string; source: Uint8Array; name: string } {
  const file = path.join(fontDir(), fontFiles.regular);
  const source = readFileSync(file);
  return { file, source, name: hashed('answers-font', 'ttf', source) };
}

/**
 * `virtual:guidebook/fill-worker-url`: the address of the Web Worker that fills the answers PDF,
 * and (`fontUrl`) of the font it sets the answers in.
 * esbuild bundles the worker (pdf-lib and the filling code) on its own threads, away from the
 * build's; Vite's worker bundling took half a second of every build for a file that only changes
 * with the engine. The files are written next to Vite's own assets, their names hashed like theirs.
 * In `astro dev` the addresses are the source files, which Vite serves as they are.
 */
export function fillWorkerAsset(): Plugin {
  let bundle: ReturnType<typeof bundleFillWorker> | undefined;
  let font: ReturnType<typeof answersFontFile> | undefined;
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
      font ??= answersFontFile();
      const module = (worker: string, fontUrl: string) =>
        `export default ${JSON.stringify(worker)};\nexport const fontUrl = ${JSON.stringify(fontUrl)};`;
      if (serving) return module(`/@fs${entry}`, `/@fs${font.file}`);
      usedIn.add(this.environment.name);
      bundle ??= bundleFillWorker();
      return module(`${base}${assetsDir}/${(await bundle).name}`, `${base}${assetsDir}/${font.name}`);
    },
    async generateBundle() {
      if (!bundle || !font || !usedIn.has(this.environment.name)) return;
      const { code, name } = await bundle;
      this.emitFile({ type: 'asset', fileName: `${assetsDir}/${name}`, source: code });
      this.emitFile({ type: 'asset', fileName: `${assetsDir}/${font.name}`, source: font.source });
    },
  };
}
