import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { folderHash, hash } from '../pdf/cache.ts';
import { engineSrc } from '../pdf/engine-src.ts';

/** Where bundles of the engine's code are kept: beside the packages they leave outside. */
export const bundleDir = path.join(engineSrc, '..', 'node_modules', '.cache', 'guidebook-workers');

let installed: string | undefined;

/**
 * The installed packages' versions: npm's record of node_modules, in the nearest node_modules above
 * the engine (a workspace's packages are installed at its root); where there is none, a value never
 * seen again, so nothing is reused.
 */
function installedPackages(): string {
  if (installed) return installed;
  for (let dir = engineSrc; ; dir = path.dirname(dir)) {
    const lock = path.join(dir, 'node_modules', '.package-lock.json');
    if (existsSync(lock)) {
      installed = hash(readFileSync(lock));
      return installed;
    }
    if (path.dirname(dir) === dir) break;
  }
  installed = `unknown-${process.pid}-${Date.now()}`;
  return installed;
}

/**
 * A bundle of the engine's code, made by `make` only when the engine's sources or the installed
 * packages changed since it was last made: esbuild's run cost a few tenths of a second of CPU
 * in every build, for files that only change with the engine.
 */
export async function cachedBundle(
  name: string,
  ext: string,
  make: () => Promise<string>,
): Promise<{ file: string; code: () => Promise<string> }> {
  const key = hash(name, installedPackages(), folderHash(engineSrc));
  const prefix = `${name.replace(/[^a-z0-9]+/gi, '-')}-`;
  const file = path.join(bundleDir, `${prefix}${key}.${ext}`);
  if (!existsSync(file)) {
    const code = await make();
    await mkdir(bundleDir, { recursive: true });
    const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
    await writeFile(partial, code);
    await rename(partial, file);
    // Bundles of earlier engine versions are of no use any more (a day's grace for parallel builds).
    for (const old of await readdir(bundleDir)) {
      const full = path.join(bundleDir, old);
      const age = Date.now() - (await stat(full).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (old.startsWith(prefix) && full !== file && age > 86_400_000) await rm(full, { force: true });
    }
  }
  return { file, code: () => readFile(file, 'utf8') };
}
