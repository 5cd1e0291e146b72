import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DataError, formatProblem, parseData } from '../schemas/data-file.ts';
import { checkLocales } from '../schemas/localized.ts';
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
  const parsed = parseData(file, source, worksheetSchema, {
    emptyHint: 'a worksheet needs id, version, audience, material, title, intro and sections',
    check: (definition) => checkLocales(definition, locales),
  });
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };
  const expectedId = path.basename(file).replace(/\.ya?ml$/, '');
  if (parsed.data.id !== expectedId) {
    return { ok: false, problems: [`${file}: id: id "${parsed.data.id}" must match the file name "${expectedId}"`] };
  }
  return { ok: true, definition: parsed.data };
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
  if (problems.length > 0) throw new DataError(problems, 'Worksheet definitions are not valid');
  return loaded;
}
