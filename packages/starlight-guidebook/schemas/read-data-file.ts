import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DataError, type Parsed, type ParseOptions, parseData } from './data-file.ts';

/* Reading from disk is kept apart from parsing, so data-file.ts also runs in a browser bundle. */

/** Reads and validates `file` (relative to `root`); a missing file is a problem like any other. */
export function readDataFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  options: ParseOptions<z.output<S>> = {},
): Parsed<z.output<S>> {
  let source: string;
  try {
    source = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return { ok: false, problems: [{ file, where: '', reason: 'the file is missing' }] };
  }
  return parseData(file, source, schema, options);
}

/** Like readDataFile, but throws a DataError with `heading` on any problem. */
export function loadDataFile<S extends z.ZodType>(root: string, file: string, schema: S, heading: string): z.output<S> {
  const parsed = readDataFile(root, file, schema);
  if (!parsed.ok) throw new DataError(parsed.problems, heading);
  return parsed.data;
}
