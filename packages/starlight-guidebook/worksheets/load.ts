import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isCollection, LineCounter, parseDocument } from 'yaml';
import { checkLocales } from '../schemas/localized.ts';
import { ContentError, formatIssues } from './errors.ts';
import { type WorksheetDefinition, worksheetSchema } from './schema.ts';

export interface LoadedWorksheet {
  /** Path relative to the project root, as used in error messages. */
  file: string;
  definition: WorksheetDefinition;
}

/**
 * Parses and validates one worksheet file; returns the problems instead of throwing. With the
 * site's locales (root first), every text is also held against them: the root locale's text is
 * required and no other locale may appear.
 */
export function parseWorksheet(
  file: string,
  source: string,
  locales: readonly string[] = [],
): { ok: true; definition: WorksheetDefinition } | { ok: false; problems: string[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${(e.message.split('\n')[0] ?? '').replace(/:$/, '')}`;
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    return {
      ok: false,
      problems: [
        `${file}: the file is empty; a worksheet needs id, version, audience, material, title, intro and sections`,
      ],
    };
  }
  const result = worksheetSchema.safeParse(data);
  const issues = result.success ? checkLocales(result.data, locales) : result.error.issues;
  if (!result.success || issues.length > 0) {
    // Each message gets the line of the deepest node on its path that exists in the file.
    const messages = formatIssues(file, data, issues);
    const problems = issues.map((issue, i) => {
      let at: { line: number; col: number } | undefined;
      for (let n = issue.path.length; n >= 0 && !at; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(issue.path.slice(0, n), true);
        const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
        if (range && (n === issue.path.length || isCollection(node))) at = lines.linePos(range[0]);
      }
      const message = (messages[i] ?? '').replace(
        /Invalid input: expected (\w+), received undefined$/,
        'missing (expected a $1)',
      );
      return at ? `${file}:${at.line}:${at.col}${message.slice(file.length)}` : message;
    });
    return { ok: false, problems };
  }
  const expectedId = path.basename(file).replace(/\.ya?ml$/, '');
  if (result.data.id !== expectedId) {
    return { ok: false, problems: [`${file}: id: id "${result.data.id}" must match the file name "${expectedId}"`] };
  }
  return { ok: true, definition: result.data };
}

/** The worksheet files of a folder with their text, in name order (names starting with `_` are left out). */
export async function worksheetFiles(root: string, folder: string): Promise<{ file: string; source: string }[]> {
  const dir = path.join(root, folder);
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_'))
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      file: path.posix.join(folder, name),
      source: await readFile(path.join(dir, name), 'utf8'),
    })),
  );
}

/** Loads every worksheet in a folder; all problems of all files are reported together. */
export async function loadWorksheets(
  root: string,
  folder = 'content/worksheets',
  locales: readonly string[] = [],
): Promise<LoadedWorksheet[]> {
  const loaded: LoadedWorksheet[] = [];
  const problems: string[] = [];
  for (const { file, source } of await worksheetFiles(root, folder)) {
    const parsed = parseWorksheet(file, source, locales);
    if (parsed.ok) loaded.push({ file, definition: parsed.definition });
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) throw new ContentError(problems, 'Worksheet definitions are not valid');
  return loaded;
}
