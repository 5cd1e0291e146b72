import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The package is content-blind by construction: it is installed by guidebooks on any subject, so
 * nothing of one domain, site or colour scheme is written into it. Its tests (this folder) may use
 * such words as sample data; its code, styles, texts and docs may not.
 */
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    // .cache/: the copies of fixture sites that the build tests make (and remove) while they run.
    if (name === 'node_modules' || name === '__tests__' || name === '.cache') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|astro|css|mjs|js|json|md)$/.test(name) ? [full] : [];
  });
}

const sources = sourceFiles(packageRoot).map((file) => ({
  file: path.relative(packageRoot, file),
  text: readFileSync(file, 'utf8'),
}));

/**
 * Words of the first guidebook built with this package (work and education trials in Finnish
 * employment services): their stems, so inflected forms are caught too.
 */
const domainWords = [
  'kokeilu',
  'kokeilij',
  'työllisyy',
  'työnantaj',
  'valmennu',
  'valmenta',
  'ohjaaja',
  'mentor',
  'opinnollist',
  'vieraskiel',
  'työvoima',
  'te-palvelu',
  'kela',
  'hämeen',
  'ohjaamo',
  'työmarkkinatori',
];

describe('the package is content-blind', () => {
  it('reads its sources', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(domainWords)('no file names "%s"', (word) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${word}`, 'iu');
    const hits = sources.filter((s) => pattern.test(s.text)).map((s) => s.file);
    expect(hits).toEqual([]);
  });

  it('no colour but greys and the warning amber is written into its styles and drawings', () => {
    // Warnings look the same in every guidebook (Starlight's caution asides are amber too).
    const warning = new Set(['b45309', 'f59e0b', '8a4b08']);
    // The EU emblem's Reflex Blue and yellow are fixed by the EU (emblem/eu-flag.ts), the same in
    // every guidebook that shows the emblem; not a colour scheme.
    const euEmblem = new Set(['003399', 'ffcc00']);
    const hits: string[] = [];
    // Code and styles; the README's example config shows an example guidebook's colours.
    for (const { file, text } of sources.filter((s) => !s.file.endsWith('.md'))) {
      for (const match of text.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)) {
        const hex = (match[1] ?? '').toLowerCase();
        if (warning.has(hex) || euEmblem.has(hex)) continue;
        const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
        const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
        // A grey has its three channels within a few steps of each other.
        if (Math.max(r, g, b) - Math.min(r, g, b) > 24) hits.push(`${file}: #${hex}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('imports nothing from outside the package but packages', () => {
    const escapes: string[] = [];
    for (const { file, text } of sources) {
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
        const target = path.resolve(packageRoot, path.dirname(file), match[1] ?? '');
        if (!target.startsWith(packageRoot)) escapes.push(`${file}: ${match[1]}`);
      }
    }
    expect(escapes).toEqual([]);
  });
});

/** Every script of the package's own tests: test files, helpers and the fixture sites' config. */
function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === '.cache' || name === '.astro') return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return /\.(ts|mjs|js|astro)$/.test(name) ? [full] : [];
  });
}

/**
 * Where a relative path written in a test file leads, for the strings that start one (`'../x'`,
 * `'./y'`, `'..'`, and the fixed start of a template literal), resolved from the file's folder as
 * `import`, `new URL(…, import.meta.url)` and `path.join(import.meta.dirname, …)` resolve them.
 */
function relativePaths(file: string, text: string): string[] {
  const found = [...text.matchAll(/(['"`])(\.\.?(?:\/[^'"`$\n]*)?)(?=\1|\$\{)/g)].map((m) => m[2] ?? '');
  return found.map((relative) => path.resolve(path.dirname(file), relative));
}

describe("the package's tests run on the package alone", () => {
  const testsRoot = path.join(packageRoot, '__tests__');
  const files = testFiles(testsRoot).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('reads its tests', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  // A fixture site inside the package, not this repository's site, its examples or its tests: the
  // tests hold for any guidebook, and they run where the package is checked out alone.
  it('import and read nothing outside the package but installed packages', () => {
    const escapes: string[] = [];
    for (const { file, text } of files) {
      for (const target of relativePaths(file, text)) {
        const inside = target === packageRoot.replace(/\/$/, '') || target.startsWith(packageRoot);
        if (!inside && !target.split(path.sep).includes('node_modules'))
          escapes.push(`${path.relative(packageRoot, file)}: ${path.relative(packageRoot, target)}`);
      }
      // The site's import aliases (package.json `imports`, tsconfig `paths`).
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]((?:#|~\/)[^'"]+)['"]/g))
        escapes.push(`${path.relative(packageRoot, file)}: ${match[1]}`);
    }
    expect(escapes).toEqual([]);
  });
});
