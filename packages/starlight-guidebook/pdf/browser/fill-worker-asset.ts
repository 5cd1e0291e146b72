import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, version as esbuildVersion, type Plugin as Plugin_ } from 'esbuild';
import type { Plugin } from 'vite';
import { bundleDir, cachedBuild } from '../../build/bundle-cache.ts';
import { metafileInputs } from '../../build/node-bundle.ts';
import { fontDir, fontFiles } from '../fonts.ts';

export const fillWorkerModule = 'virtual:guidebook/fill-worker-url';
const resolved = `\0${fillWorkerModule}`;
const entry = fileURLToPath(new URL('./fill-worker.ts', import.meta.url));

const fillWorkerOptions: BuildOptions = {
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'silent',
  metafile: true,
  // esbuild's content hashes name the files; the worker imports its chunks by these names.
  outdir: '/fill-worker',
  entryNames: 'fill-worker.[hash]',
  chunkNames: 'fill-worker-[name].[hash]',
};

/**
 * The worker as minified ES modules: `entry` is the file the page starts, `files` every file to
 * write next to it. fontkit (about 940 KB of the 1.38 MB the worker once was) is a file of its own
 * that the worker imports only for answers Helvetica cannot show (fill.ts); for Latin-script
 * answers the browser loads pdf-lib and the filling code, about 100 KB gzip.
 * Bundled again only when a file esbuild read for it (the filling code, pdf-lib, fontkit), the
 * options or the installed packages changed (build/bundle-cache.ts): otherwise read back from
 * the cache, which costs a build a few milliseconds instead of esbuild's run.
 */
export async function bundleFillWorker(
  cacheDir = bundleDir,
): Promise<{ entry: string; files: { name: string; code: string }[]; fromCache: boolean }> {
  const options = JSON.stringify({ esbuildVersion, ...fillWorkerOptions, plugins: [onlyHelveticaMetrics.name] });
  const { entry, files, fromCache } = await cachedBuild('fill-worker', options, makeFillWorker, cacheDir);
  return { entry, files, fromCache };
}

async function makeFillWorker() {
  const result = await build({ ...fillWorkerOptions, plugins: [onlyHelveticaMetrics] });
  const files = (result.outputFiles ?? []).map((file) => ({ name: path.basename(file.path), code: file.text }));
  const main = files.find((file) => file.name.startsWith('fill-worker.'));
  if (!main) throw new Error('esbuild gave no fill-worker entry file');
  // This file's plugin shapes the output too.
  return { entry: main.name, files, inputs: [...metafileInputs(result.metafile), fileURLToPath(import.meta.url)] };
}

/**
 * pdf-lib carries the metrics of all fourteen standard PDF fonts (130 KB); the answers are set in
 * Helvetica or in a loaded font, so the worker keeps Helvetica's only. Another font's data is a
 * value whose first use (pdf-lib reads its `length` to decode it) throws an error naming the cause,
 * so a future use fails clearly instead of drawing nothing.
 */
const onlyHelveticaMetrics: Plugin_ = {
  name: 'only-helvetica-metrics',
  setup(build) {
    build.onResolve({ filter: /\.compressed\.json$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}@pdf-lib${path.sep}standard-fonts${path.sep}`)) return undefined;
      if (/(^|\/)(Helvetica|all-encodings)\.compressed\.json$/.test(args.path)) return undefined;
      return { path: path.basename(args.path, '.compressed.json'), namespace: 'left-out-font' };
    });
    build.onLoad({ filter: /.*/, namespace: 'left-out-font' }, (args) => ({
      contents: `export default { get length() { throw new Error(${JSON.stringify(
        `The answers-PDF worker has the metrics of Helvetica only, not of ${args.path} (pdf/browser/fill-worker-asset.ts).`,
      )}); } };`,
      loader: 'js',
    }));
  },
};

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
 * esbuild bundles the worker (pdf-lib and the filling code; fontkit apart) on its own threads, away from the
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
      return module(`${base}${assetsDir}/${(await bundle).entry}`, `${base}${assetsDir}/${font.name}`);
    },
    async generateBundle() {
      if (!bundle || !font || !usedIn.has(this.environment.name)) return;
      for (const { name, code } of (await bundle).files) {
        this.emitFile({ type: 'asset', fileName: `${assetsDir}/${name}`, source: code });
      }
      this.emitFile({ type: 'asset', fileName: `${assetsDir}/${font.name}`, source: font.source });
    },
  };
}
