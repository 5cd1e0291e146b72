import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageVersion } from '../build/package-version.ts';
import { engineModuleUrl, engineSrc } from './engine-src.ts';

/**
 * PDFs are cached by a hash of everything they are made from (the transformed Markdown trees,
 * worksheet definitions, site config, images) plus the engine's own source and library versions,
 * so an unchanged rebuild copies files instead of laying them out again.
 */
export function hash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 24);
}

/** Folders that are never an input of the build: installed packages, the engine's own tests. */
const notInputs = new Set(['node_modules', '__tests__', '.cache']);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!notInputs.has(name)) out.push(...filesUnder(full));
    } else out.push(full);
  }
  return out;
}

/**
 * Hash of everything a build's PDFs can depend on: the project's content/ and public/ folders and
 * the engine's src/ (components' print forms and the modules they read). When it is unchanged, the
 * previous run's PDFs are reused without parsing a single page.
 */
export function inputsHash(root: string): string {
  const src = engineSrc;
  const files = [
    ...filesUnder(path.join(root, 'content')),
    ...filesUnder(path.join(root, 'public')),
    ...filesUnder(src),
    // The site's own code: its tools' print forms shape the PDFs too.
    ...(path.join(root, 'src') === src ? [] : filesUnder(path.join(root, 'src'))),
  ];
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f);
    h.update('\0');
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 24);
}

/** Hash of the contents of every file under the given folders (missing folders count as empty). */
export function folderHash(...dirs: string[]): string {
  const h = createHash('sha256');
  for (const f of [...new Set(dirs)].flatMap(filesUnder)) {
    h.update(f);
    h.update('\0');
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 24);
}

/**
 * Hash of what turning a page into its print tree reads besides the page: the engine's code and
 * the site's own (print forms live beside their components, tools under the site's `src/`), the
 * data files print forms read (`content/data/`), the guide's interface strings (`content/i18n/`),
 * and the engine's libraries. Worksheet definitions
 * are not part of it: a tree names a worksheet by id, and each PDF's key holds the definitions.
 */
export function transformHash(root: string): string {
  return hash(
    engineHash(),
    folderHash(
      engineSrc,
      path.join(root, 'src'),
      path.join(root, 'content', 'data'),
      path.join(root, 'content', 'i18n'),
    ),
  );
}

/** The libraries and fonts that decide a PDF's bytes. */
export const pdfPackages = [
  'pdfkit',
  'pdf-lib',
  '@resvg/resvg-js',
  '@expo-google-fonts/noto-sans',
  '@expo-google-fonts/ubuntu',
];

let engine: string | undefined;

/**
 * Hash of the engine: its PDF code, its strings (translations/), the worksheet schema, and the
 * versions of the PDF libraries.
 */
export function engineHash(): string {
  if (engine) return engine;
  const files = [
    ...filesUnder(path.join(engineSrc, 'pdf')),
    ...filesUnder(path.join(engineSrc, 'translations')),
    path.join(engineSrc, 'worksheets', 'schema.ts'),
  ];
  engine = hash(
    ...files.map((f) => readFileSync(f)),
    ...pdfPackages.map((p) => `${p}@${packageVersion(p, engineModuleUrl)}`),
  );
  return engine;
}

export interface CachedPdf<M> {
  bytes: Uint8Array;
  meta: M;
}

export class PdfCache {
  constructor(private readonly dir: string) {}

  private file(key: string, ext: string): string {
    return path.join(this.dir, `${key}${ext}`);
  }

  async get<M>(key: string): Promise<CachedPdf<M> | undefined> {
    try {
      const [bytes, meta] = await Promise.all([
        readFile(this.file(key, '.pdf')),
        readFile(this.file(key, '.json'), 'utf8'),
      ]);
      return { bytes, meta: JSON.parse(meta) as M };
    } catch {
      return undefined;
    }
  }

  async set<M>(key: string, bytes: Uint8Array, meta: M): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    // Written aside and renamed: a file is never changed in place, so the hard links the built
    // site holds to it (build/files.ts) stay right, and a parallel build never reads half a file.
    const part = `.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
    await writeFile(this.file(key, `.pdf${part}`), bytes);
    await writeFile(this.file(key, `.json${part}`), JSON.stringify(meta));
    await rename(this.file(key, `.pdf${part}`), this.file(key, '.pdf'));
    await rename(this.file(key, `.json${part}`), this.file(key, '.json'));
    return this.file(key, '.pdf');
  }

  path(key: string): string {
    return this.file(key, '.pdf');
  }
}
