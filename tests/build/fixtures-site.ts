import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Helpers for tests that build whole guidebooks (the example, broken fixture sites). */
export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const exampleRoot = path.join(projectRoot, 'examples/minimal');
// One folder per test run, so parallel runs (other people's, other test files) never remove
// each other's copies.
const fixturesTmp = path.join(projectRoot, '.cache/fixtures', `run-${process.pid}-${Date.now().toString(36)}`);
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

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
 * Copies the example guidebook into a temporary folder, with the files of the given fixture
 * folders laid over it and extra entries put into its site.config.ts, so a test can break
 * things in it. Imports of the engine (`../../src/…`) are pointed at this checkout.
 */
export function copyExample(overlays: string[] = [], configEntries: string[] = []): string {
  // Inside the checkout (in the git-ignored .cache/), so node_modules is found by walking up;
  // a symlinked node_modules confuses Astro's compile cache.
  mkdirSync(fixturesTmp, { recursive: true });
  const root = mkdtempSync(path.join(fixturesTmp, 'site-'));
  const generated = new Set(['node_modules', '.astro', 'dist']);
  cpSync(exampleRoot, root, { recursive: true, filter: (src) => !generated.has(path.basename(src)) });
  // A fixture folder holds only the files it adds or replaces, at their place in the site.
  for (const overlay of overlays) {
    cpSync(overlay, root, { recursive: true, filter: (src) => path.basename(src) !== 'expect.json' });
  }
  const engine = `${path.join(projectRoot, 'src')}/`;
  for (const file of ['astro.config.mjs', 'site.config.ts', 'content.config.ts']) {
    const full = path.join(root, file);
    let text = readFileSync(full, 'utf8').replaceAll('../../src/', engine);
    if (file === 'site.config.ts')
      text = text.replace('  materials: [', `  ${configEntries.join('\n  ')}\n  materials: [`);
    writeFileSync(full, text);
  }
  return root;
}

/** Removes the temporary copies made by copyExample(). */
export function removeCopies(): void {
  rmSync(fixturesTmp, { recursive: true, force: true });
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
