import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// Static imports only: Astro loads the config (and this integration) with a Vite module runner
// that is closed before astro:build:done, so a dynamic import() there would fail.
import { build } from 'esbuild';
import type { PrintForm } from '../print-form.ts';
import { starlightPrintForms } from '../print-forms/starlight.ts';

/**
 * Finds the print form of each component a page imports:
 *  - `@astrojs/starlight/components` → src/pdf/print-forms/starlight.ts
 *  - a component file `…/Name.astro` (`~/components/…` or relative) → its sibling `Name.print.ts`.
 * A sibling is bundled with esbuild and imported natively, so this works the same inside Astro's
 * config loader, in Vitest and in plain Node.
 */
export const STARLIGHT = '@astrojs/starlight/components';

/** The engine's src/ folder (for the `~/` alias). */
export const engineSrc = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

// A dynamic import that bundlers leave alone, so Node loads the bundled print form itself.
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

const loaded = new Map<string, Promise<PrintForm>>();

export interface ImportedComponent {
  /** Name the component is imported as (the JSX tag). */
  local: string;
  /** Name it is exported as (for named imports from a package). */
  imported: string;
  source: string;
}

/** Reads the import statements of an MDX page's ESM block. */
export function parseImports(esm: string): ImportedComponent[] {
  const out: ImportedComponent[] = [];
  const re = /import\s+([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/g;
  for (const m of esm.matchAll(re)) {
    const clause = (m[1] ?? '').trim();
    const source = m[2] ?? '';
    const named = /\{([\s\S]*)\}/.exec(clause);
    const defaultPart = clause
      .replace(/\{[\s\S]*\}/, '')
      .replace(/,/g, '')
      .trim();
    if (defaultPart && !defaultPart.startsWith('*')) out.push({ local: defaultPart, imported: 'default', source });
    if (named?.[1]) {
      for (const part of named[1].split(',')) {
        const [imported, local] = part
          .trim()
          .split(/\s+as\s+/)
          .map((s) => s.trim());
        if (imported) out.push({ local: local ?? imported, imported, source });
      }
    }
  }
  return out;
}

/** The component file an import points to, or undefined for packages. */
export function componentFile(source: string, mdxFile: string): string | undefined {
  if (source.startsWith('~/')) return path.join(engineSrc, source.slice(2));
  if (source.startsWith('.')) return path.resolve(path.dirname(mdxFile), source);
  if (path.isAbsolute(source)) return source;
  return undefined;
}

export function printFormFile(component: string): string {
  return component.replace(/\.(astro|tsx?|jsx?)$/, '.print.ts');
}

async function loadSibling(file: string, cacheDir: string): Promise<PrintForm> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    alias: { '~': engineSrc },
    // CommonJS dependencies bundled into ESM need a require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const code = result.outputFiles[0]?.text ?? '';
  const out = path.join(
    cacheDir,
    'print-forms',
    `${path.basename(file, '.ts')}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.mjs`,
  );
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, code);
  const mod = (await nativeImport(pathToFileURL(out).href)) as { default?: unknown };
  if (typeof mod.default !== 'function') throw new Error(`${file}: the default export must be a print form function`);
  return mod.default as PrintForm;
}

export type PrintFormLookup = { ok: true; form: PrintForm } | { ok: false; reason: string };

/** The print form for a component imported in an MDX file. */
export async function findPrintForm(
  component: ImportedComponent,
  mdxFile: string,
  cacheDir: string,
): Promise<PrintFormLookup> {
  if (component.source === STARLIGHT) {
    const form = starlightPrintForms[component.imported];
    return form
      ? { ok: true, form }
      : {
          ok: false,
          reason: `Starlight's <${component.imported}> has no print form in src/pdf/print-forms/starlight.ts`,
        };
  }
  const file = componentFile(component.source, mdxFile);
  if (!file)
    return {
      ok: false,
      reason: `<${component.local}> from "${component.source}" has no print form (only Starlight's and project components are known)`,
    };
  const sibling = printFormFile(file);
  if (!existsSync(sibling)) {
    return {
      ok: false,
      reason: `<${component.local}> has no print form: create ${path.relative(process.cwd(), sibling)} (see src/pdf/print-form.ts)`,
    };
  }
  let promise = loaded.get(sibling);
  if (!promise) {
    promise = loadSibling(sibling, cacheDir);
    loaded.set(sibling, promise);
  }
  return { ok: true, form: await promise };
}
