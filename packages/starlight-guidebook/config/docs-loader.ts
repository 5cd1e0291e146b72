import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DataError, type Problem, parseData } from '../schemas/data-file.ts';

/** The frontmatter block of a Markdown/MDX file and the line its YAML starts after. */
export function frontmatterOf(source: string): { yaml: string; lineOffset: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? '', lineOffset: 1 } : undefined;
}

/**
 * Checks a page's frontmatter with the collection's schema through the engine's error map, so a
 * mistake reads `content/docs/guide/roles.mdx:3:1: titel: unknown key "titel" (did you mean
 * "title"?)` — the file relative to the project, the real line, the key, one plain reason —
 * instead of Astro's Markdown-formatted message at line 0.
 */
export function frontmatterProblems(file: string, source: string, schema: z.ZodType): Problem[] {
  const block = frontmatterOf(source);
  if (!block)
    return [
      {
        file,
        line: 1,
        col: 1,
        where: '',
        reason: 'the page has no frontmatter; it needs at least a title between --- lines',
      },
    ];
  const parsed = parseData(file, block.yaml, schema, {
    lineOffset: block.lineOffset,
    emptyHint: 'a page needs at least a title',
  });
  return parsed.ok ? [] : parsed.problems;
}

/**
 * Starlight's docs loader with the engine's checks in front of Astro's own validation: frontmatter
 * problems with file and line (above), and two files that would be one page (`roles.mdx` and
 * `roles/index.mdx`, or a `slug:` that repeats another page's), which Astro only warns about
 * while one page silently replaces the other.
 */
export function guidebookDocsLoader(schema: z.ZodType): Loader {
  const inner = docsLoader();
  return {
    name: 'guidebook-docs-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const seen = new Map<string, string>();
      const parseData: typeof context.parseData = async (props) => {
        const file = props.filePath ? path.relative(root, props.filePath).split(path.sep).join('/') : '';
        if (file) {
          const problems = frontmatterProblems(file, readFileSync(props.filePath as string, 'utf8'), schema);
          if (problems.length > 0) throw new DataError(problems, 'The page frontmatter is not valid');
          // Another file with this page's address: from this build, or kept from the last one.
          const stored = context.store.get(props.id)?.filePath;
          const other =
            seen.get(props.id) ??
            (stored && stored !== file && existsSync(path.join(root, stored)) ? stored : undefined);
          if (other && other !== file) {
            const [first, second] = [other, file].sort();
            throw new DataError(
              [
                `${second}: the page address "${props.id === 'index' ? '/' : `/${props.id}/`}" is also the address of ${first}; rename or remove one of them`,
              ],
              'Two pages have the same address',
            );
          }
          seen.set(props.id, file);
        }
        return context.parseData(props);
      };
      try {
        await inner.load({ ...context, parseData });
      } catch (error) {
        throw frontmatterSyntaxError(root, error, schema) ?? error;
      }
    },
  };
}

/**
 * Astro reads a page's frontmatter (js-yaml) before any check of the engine runs: a YAML syntax
 * error came with js-yaml's stack and a `Location:` at column 0. The file is read again with the
 * engine's loader, which says the same with the line and column and no stack.
 */
export function frontmatterSyntaxError(root: string, error: unknown, schema: z.ZodType): DataError | undefined {
  const file = (error as { loc?: { file?: string } } | undefined)?.loc?.file;
  if (!file || !/\.mdx?$/.test(file) || !existsSync(file)) return undefined;
  const relative = path.relative(root, file).split(path.sep).join('/');
  const problems = frontmatterProblems(relative, readFileSync(file, 'utf8'), schema);
  return problems.length > 0 ? new DataError(problems, 'The page frontmatter is not valid') : undefined;
}

/**
 * Starlight's i18n collection (UI text overrides from content/i18n/*.json) for every guidebook.
 * Starlight reads it on every page; a project without overrides would leave it empty, which
 * Astro reports as a missing collection on each build. One empty entry per locale (no overrides)
 * stands in for a missing file, so the log stays free of a warning nobody can act on.
 */
export function guidebookI18nLoader(locales: readonly string[]): Loader {
  const inner = i18nLoader();
  return {
    name: 'guidebook-i18n-loader',
    load: async (context) => {
      // The glob loader warns about a missing folder; having no overrides is normal.
      if (existsSync(new URL('content/i18n/', context.config.srcDir))) await inner.load(context);
      for (const locale of locales) {
        if (![...context.store.keys()].includes(locale)) context.store.set({ id: locale, data: {} });
      }
    },
  };
}
