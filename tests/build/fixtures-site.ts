import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Helpers for tests that build whole guidebooks (the example, broken fixture sites). */
export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const exampleRoot = path.join(projectRoot, 'examples/minimal');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** The environment without what Vitest sets for its own Vite (BASE_URL, MODE, NODE_ENV=test …). */
function cleanEnv(): NodeJS.ProcessEnv {
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
 * Copies the example guidebook into a temporary folder, so a test can break one thing in it.
 * Imports of the engine (`../../src/…`) are pointed at this checkout, and node_modules is linked.
 */
export function copyExample(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'guidebook-fixture-'));
  cpSync(exampleRoot, root, { recursive: true });
  const engine = `${path.join(projectRoot, 'src')}/`;
  for (const file of ['astro.config.mjs', 'site.config.ts', 'content.config.ts']) {
    const full = path.join(root, file);
    writeFileSync(full, readFileSync(full, 'utf8').replaceAll('../../src/', engine));
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
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
