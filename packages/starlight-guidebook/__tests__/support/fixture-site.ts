import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Helpers for tests that build whole small guidebooks: a scenario's fixture site, copied and
 * broken on purpose, built with `astro build` in a child process as an author would.
 */
export const packageRoot = path.resolve(import.meta.dirname, '../..');
/** The package's base fixture: a small Finnish-rooted guidebook under a sub-path (basics/site). */
export const basicsSite = path.join(packageRoot, '__tests__/basics/site');
// Copies live inside the package (in the git-ignored .cache/), so `starlight-guidebook`, astro and
// Starlight are found by walking up to the workspace's node_modules; a symlinked node_modules
// confuses Astro's compile cache. One folder per test run, so parallel runs (other people's, other
// test files) never remove each other's copies.
const scratch = path.join(packageRoot, '.cache/fixtures', `run-${process.pid}-${Date.now().toString(36)}`);
const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** The environment without what Vitest sets for its own Vite (BASE_URL, MODE, NODE_ENV=test …). */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Runs `astro build` for a project root into a temporary output and cache folder. */
export function buildSite(root: string, work = mkdtempSync(path.join(tmpdir(), 'guidebook-'))): Promise<BuildResult> {
  const outDir = path.join(work, 'dist');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--root', root], {
      cwd: root,
      env: {
        ...cleanEnv(),
        GUIDEBOOK_OUT_DIR: outDir,
        GUIDEBOOK_CACHE_DIR: path.join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir }));
  });
}

/**
 * Copies a guidebook (by default the basics fixture) into a temporary folder, with the files of
 * the given fixture folders laid over it and extra entries put into its site.config.ts, so a test
 * can break things in it.
 */
export function copySite(options: { base?: string; overlays?: string[]; configEntries?: string[] } = {}): string {
  const { base = basicsSite, overlays = [], configEntries = [] } = options;
  mkdirSync(scratch, { recursive: true });
  const root = mkdtempSync(path.join(scratch, 'site-'));
  const generated = new Set(['node_modules', '.astro', 'dist']);
  cpSync(base, root, { recursive: true, filter: (src) => !generated.has(path.basename(src)) });
  // A fixture folder holds only the files it adds or replaces, at their place in the site.
  for (const overlay of overlays) {
    cpSync(overlay, root, { recursive: true, filter: (src) => path.basename(src) !== 'expect.json' });
  }
  if (configEntries.length > 0) {
    const file = path.join(root, 'site.config.ts');
    const text = readFileSync(file, 'utf8');
    if (!text.includes('  materials: [')) throw new Error(`${file}: no "  materials: [" to put config entries before`);
    writeFileSync(file, text.replace('  materials: [', `  ${configEntries.join('\n  ')}\n  materials: [`));
  }
  return root;
}

/** Removes the temporary copies made by copySite() in this test run. */
export function removeCopies(): void {
  rmSync(scratch, { recursive: true, force: true });
}

/** Every file under a folder with the given ending, relative to it. */
export function filesUnder(dir: string, ending: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, ending).map((f) => path.join(name, f)));
    else if (name.endsWith(ending)) out.push(name);
  }
  return out.sort();
}
