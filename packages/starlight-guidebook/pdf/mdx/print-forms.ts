import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
// Static imports only: Astro loads the config (and this integration) with a Vite module runner
// that is closed before astro:build:done, so a dynamic import() there would fail.
import { bundleForNode } from '../../build/node-bundle.ts';
import { engineModuleUrl, engineSrc } from '../engine-src.ts';
import type { PrintForm } from '../print-form.ts';
import { starlightPrintForms } from '../print-forms/starlight.ts';

/**
 * Finds the print form of each component a page imports:
 *  - `@astrojs/starlight/components` → src/pdf/print-forms/starlight.ts
 *  - a component file `…/Name.astro` (a package's export such as `starlight-guidebook/components/…`,
 *    or a relative path to the project's own) → its sibling `Name.print.ts`.
 * A sibling is bundled with esbuild and imported natively, so this works the same inside Astro's
 * config loader, in Vitest and in plain Node.
 */
export const STARLIGHT = '@astrojs/starlight/components';

export { engineSrc };

// Bundled print forms are CommonJS loaded with Node's own require: that works the same under
// Astro's module runner, Vitest and plain Node (a dynamic import() would not).
const nodeRequire = createRequire(engineModuleUrl);

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

/**
 * The component file an import points to: a relative path, or a package export resolved as Node
 * resolves it from the page (so `starlight-guidebook/components/Worksheet.astro` finds the installed
 * package) or from the running engine. Undefined when it cannot be resolved or is not a component file.
 */
export function componentFile(source: string, mdxFile: string): string | undefined {
  if (source.startsWith('.')) return path.resolve(path.dirname(mdxFile), source);
  if (path.isAbsolute(source)) return source;
  if (!/\.(astro|tsx?|jsx?)$/.test(source)) return undefined;
  for (const from of [path.resolve(mdxFile), engineModuleUrl]) {
    try {
      // From the page first; then from the engine itself, which can always find its own exports.
      return createRequire(from).resolve(source);
    } catch {
      /* tried next from the engine */
    }
  }
  return undefined;
}

export function printFormFile(component: string): string {
  return component.replace(/\.(astro|tsx?|jsx?)$/, '.print.ts');
}

async function loadSibling(file: string): Promise<PrintForm> {
  const code = await bundleForNode(file);
  // Evaluated as a CommonJS module with Node's require, as if it sat next to its source.
  const module = { exports: {} as { default?: unknown } };
  const run = new Function('module', 'exports', 'require', '__filename', '__dirname', code);
  run(module, module.exports, nodeRequire, file, path.dirname(file));
  const form = module.exports.default;
  if (typeof form !== 'function') throw new Error(`${file}: the default export must be a print form function`);
  return form as PrintForm;
}

export type PrintFormLookup = { ok: true; form: PrintForm } | { ok: false; reason: string };

/** The print form for a component imported in an MDX file. */
export async function findPrintForm(component: ImportedComponent, mdxFile: string): Promise<PrintFormLookup> {
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
      reason: `<${component.local}> has no print form: create ${path.relative(process.cwd(), sibling)} (the contract: PrintForm from 'starlight-guidebook/print')`,
    };
  }
  return { ok: true, form: await load(sibling) };
}

function load(sibling: string): Promise<PrintForm> {
  let promise = loaded.get(sibling);
  if (!promise) {
    promise = loadSibling(sibling);
    loaded.set(sibling, promise);
  }
  return promise;
}
