import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, filesUnder } from '../../packages/starlight-guidebook/__tests__/support/fixture-site.ts';

/**
 * What another organisation does: the package as `npm pack` makes it, an example guidebook copied
 * out of this repository, `npm install` and `npm run build` there (the two commands of the
 * package README), nothing borrowed from this repository's node_modules. A test of this
 * repository's examples/ (the package's own build tests use fixture sites inside it).
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'guidebook-packed-'));
let tarball = '';

interface Outcome {
  dir: string;
  output: string;
}

/** Runs a command in a folder; resolves with its output, rejects with it when it fails. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...cleanEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`)),
    );
  });
}

/** Copies an example out, points its dependency at the tarball, installs and builds it. */
async function installAndBuild(example: string): Promise<Outcome> {
  const dir = path.join(work, example);
  cpSync(path.join(projectRoot, 'examples', example), dir, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist|\.astro)([/\\]|$)/.test(src),
  });
  const manifestFile = path.join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { dependencies: Record<string, string> };
  manifest.dependencies['starlight-guidebook'] = `file:${tarball}`;
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  const output = [await run('npm', ['install'], dir), await run('npm', ['run', 'build'], dir)].join('\n');
  return { dir, output };
}

let minimal: Outcome;
let english: Outcome;

beforeAll(async () => {
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: path.join(projectRoot, 'packages/starlight-guidebook'),
    encoding: 'utf8',
  });
  tarball = path.join(work, (JSON.parse(packed) as { filename: string }[])[0]?.filename ?? '');
  [minimal, english] = await Promise.all([installAndBuild('minimal'), installAndBuild('volunteer-handbook')]);
}, 900_000);
// Two installs' node_modules: removing them takes a while on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 300_000);

describe('the packed package, installed by guidebooks outside this repository', () => {
  it('is installed from the tarball, not linked to this repository', () => {
    for (const { dir } of [minimal, english]) {
      const installed = path.join(dir, 'node_modules/starlight-guidebook');
      expect(existsSync(path.join(installed, 'index.ts'))).toBe(true);
      expect(readdirSync(installed)).not.toContain('__tests__');
    }
  });

  it('builds the Finnish-rooted example: pages in both locales, search, worksheet form and PDFs', () => {
    const dist = path.join(minimal.dir, 'dist');
    const pages = filesUnder(dist, '.html');
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'kasvimaa/index.html', 'en/kasvimaa/index.html']));
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(path.join(dist, 'kasvimaa/index.html'), 'utf8')).toMatch(/<form[^>]+data-ws-form/);
    expect(filesUnder(path.join(dist, 'pdf'), '.pdf').sort()).toEqual([
      'en/kasvimaa.pdf',
      'en/worksheets/kasvimaan-suunnitelma.pdf',
      'fi/kasvimaa.pdf',
      'fi/worksheets/kasvimaan-suunnitelma.pdf',
    ]);
  });

  it('builds the English-rooted example with no Finnish in its config or content', () => {
    const dist = path.join(english.dir, 'dist');
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const form = readFileSync(path.join(dist, 'first-weeks/index.html'), 'utf8');
    expect(home).toMatch(/<html[^>]+lang="en"/);
    expect(readFileSync(path.join(dist, 'sv/first-weeks/index.html'), 'utf8')).toMatch(/<html[^>]+lang="sv"/);
    expect(form).toMatch(/<form[^>]+data-ws-form/);
    expect(form).toContain('How confident do you feel on a shift?');
    expect(form).toContain('for volunteers');
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(filesUnder(path.join(dist, 'pdf'), '.pdf').sort()).toEqual([
      'en/first-weeks.pdf',
      'en/worksheets/first-shift-checkin.pdf',
      'sv/first-weeks.pdf',
      'sv/worksheets/first-shift-checkin.pdf',
    ]);
    const sources = ['site.config.ts', ...filesUnder(path.join(english.dir, 'content'), '')].map((f) =>
      readFileSync(path.join(f === 'site.config.ts' ? english.dir : path.join(english.dir, 'content'), f), 'utf8'),
    );
    expect(sources.join('\n')).not.toMatch(/\bfi:|lang="fi"|'fi'/);
  });

  it('takes the guide’s own wording of engine strings (content/i18n/sv.json) in pages and PDFs', () => {
    const dist = path.join(english.dir, 'dist');
    // Swedish has no "Your answers" of the engine's own: the guide gives it, Starlight layers it.
    expect(readFileSync(path.join(dist, 'sv/first-weeks/index.html'), 'utf8')).toContain('Dina svar');
    expect(readFileSync(path.join(dist, 'first-weeks/index.html'), 'utf8')).toContain('Your answers');
    const pdfText = (file: string) =>
      execFileSync('pdftotext', [path.join(dist, 'pdf', file), '-'], { encoding: 'utf8' });
    expect(pdfText('sv/worksheets/first-shift-checkin.pdf')).toContain('BLANKETT');
    expect(pdfText('en/worksheets/first-shift-checkin.pdf')).toContain('FORM');
  });
});
