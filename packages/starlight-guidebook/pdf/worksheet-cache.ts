import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '../schemas/data-file.ts';
import { parseWorksheet, worksheetFiles } from '../worksheets/load.ts';
import type { WorksheetDefinition } from '../worksheets/schema.ts';
import { hash } from './cache.ts';

/**
 * The worksheet definitions for the PDF step, each validated again only when its file (or the
 * engine, `schemaKey`) changed: YAML with line numbers and the schema's checks took about as long
 * as laying out a worksheet. All problems of all files are reported together, as loadWorksheets does.
 */
export async function cachedWorksheets(
  root: string,
  cacheFile: string,
  schemaKey: string,
  locales: readonly string[] = [],
  folder = 'content/worksheets',
): Promise<WorksheetDefinition[]> {
  let known: Record<string, WorksheetDefinition> = {};
  try {
    known = JSON.parse(await readFile(cacheFile, 'utf8')) as Record<string, WorksheetDefinition>;
  } catch {
    /* first run, or an unreadable cache: every file is read */
  }
  const now: Record<string, WorksheetDefinition> = {};
  const problems: string[] = [];
  let parsed = 0;
  const out: WorksheetDefinition[] = [];
  for (const { file, source } of await worksheetFiles(root, folder)) {
    const key = hash(schemaKey, file, source);
    let definition = known[key];
    if (!definition) {
      const result = parseWorksheet(file, source, locales);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      definition = result.definition;
      parsed++;
    }
    now[key] = definition;
    out.push(definition);
  }
  if (problems.length > 0) throw new DataError(problems, 'Worksheet definitions are not valid');
  if (parsed > 0 || Object.keys(now).length !== Object.keys(known).length) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
    await writeFile(partial, JSON.stringify(now));
    await rename(partial, cacheFile);
  }
  return out;
}
