import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { engineSrc } from '../pdf/engine-src.ts';

/** Where bundles of the engine's code are kept: beside the packages they leave outside. */
export const bundleDir = path.join(engineSrc, '..', 'node_modules', '.cache', 'guidebook-workers');

let installed: string | undefined;

/**
 * The installed packages' versions: npm's record of node_modules, in the nearest node_modules above
 * the engine (a workspace's packages are installed at its root); where there is none, a value never
 * seen again, so nothing is reused. Part of every key: a package's new version can resolve an
 * import to a file the last bundle did not read.
 */
function installedPackages(): string {
  if (installed) return installed;
  for (let dir = engineSrc; ; dir = path.dirname(dir)) {
    const lock = path.join(dir, 'node_modules', '.package-lock.json');
    if (existsSync(lock)) {
      installed = createHash('sha256').update(readFileSync(lock)).digest('hex').slice(0, 24);
      return installed;
    }
    if (path.dirname(dir) === dir) break;
  }
  installed = `unknown-${process.pid}-${Date.now()}`;
  return installed;
}

/** What a bundler made: the files to write, the one started first, and every file it read. */
export interface BuiltFiles {
  entry: string;
  files: { name: string; code: string }[];
  /** Absolute paths of every source file the bundle was made from (esbuild's metafile inputs). */
  inputs: string[];
}

/** The bundle as read from the cache or just made; `dir` holds the files under their names. */
export interface CachedFiles {
  entry: string;
  files: { name: string; code: string }[];
  dir: string;
  /** False when `make` ran. */
  fromCache: boolean;
}

interface Manifest {
  key: string;
  inputs: string[];
  entry: string;
  files: string[];
}

/** Hash of the inputs' contents (undefined when one is missing), the options and the packages. */
async function inputsKey(options: string, inputs: readonly string[]): Promise<string | undefined> {
  const h = createHash('sha256');
  h.update(options);
  h.update('\0');
  h.update(installedPackages());
  try {
    const contents = await Promise.all(inputs.map((file) => readFile(file)));
    inputs.forEach((file, i) => {
      h.update('\0');
      h.update(file);
      h.update('\0');
      h.update(contents[i] as Buffer);
    });
  } catch {
    return undefined;
  }
  return h.digest('hex').slice(0, 24);
}

const safe = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

/**
 * A bundle of the engine's code, made by `make` only when one of the files it was made from (the
 * inputs esbuild read, engine sources and library files alike), the options or the installed
 * packages changed since it was last made: esbuild's run costs tenths of a second of CPU in every
 * build for files that only change with the engine. `options` is any text that also decides the
 * output (esbuild's version and settings). A manifest per bundle name lists the last inputs; the
 * files are kept in a folder named by the key, written aside and renamed, so parallel builds and
 * readers never see half a bundle.
 */
export async function cachedBuild(
  name: string,
  options: string,
  make: () => Promise<BuiltFiles>,
  cacheDir = bundleDir,
): Promise<CachedFiles> {
  const stem = safe(name);
  const manifestFile = path.join(cacheDir, `${stem}.json`);
  const manifest = await readFile(manifestFile, 'utf8')
    .then((text) => JSON.parse(text) as Manifest)
    .catch(() => undefined);
  if (manifest && (await inputsKey(options, manifest.inputs)) === manifest.key) {
    const dir = path.join(cacheDir, `${stem}-${manifest.key}`);
    const files = await Promise.all(
      manifest.files.map(async (file) => ({ name: file, code: await readFile(path.join(dir, file), 'utf8') })),
    ).catch(() => undefined);
    if (files) return { entry: manifest.entry, files, dir, fromCache: true };
  }

  const built = await make();
  const inputs = [...new Set(built.inputs)].sort();
  const key = await inputsKey(options, inputs);
  if (key === undefined) throw new Error(`${name}: an input of the bundle vanished while it was made`);
  const dir = path.join(cacheDir, `${stem}-${key}`);
  const part = `.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
  await mkdir(`${dir}${part}`, { recursive: true });
  await Promise.all(built.files.map((file) => writeFile(path.join(`${dir}${part}`, file.name), file.code)));
  await rm(dir, { recursive: true, force: true });
  await rename(`${dir}${part}`, dir).catch(async (error: unknown) => {
    // A parallel build renamed the same bundle in first: theirs is the same.
    await rm(`${dir}${part}`, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  });
  const record: Manifest = { key, inputs, entry: built.entry, files: built.files.map((file) => file.name) };
  await writeFile(`${manifestFile}${part}`, JSON.stringify(record));
  await rename(`${manifestFile}${part}`, manifestFile);
  // Bundles made from earlier inputs are of no use any more (a day's grace for parallel builds).
  for (const old of await readdir(cacheDir)) {
    const full = path.join(cacheDir, old);
    if (!old.startsWith(`${stem}-`) || full === dir || !/^[0-9a-f]{24}$/.test(old.slice(stem.length + 1))) continue;
    const age = Date.now() - (await stat(full).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > 86_400_000) await rm(full, { recursive: true, force: true });
  }
  return { entry: built.entry, files: built.files, dir, fromCache: false };
}
