import { type Document, isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { errorMap, MISSING } from './error-map.ts';

/**
 * The engine's one way to load and validate data that authors write: YAML or JSON files
 * (worksheets, tool data) and Markdown frontmatter. Every problem is reported as
 * `file:line:col: path: reason` — the file relative to the project, the line and column in the
 * author's file, the field path (`sections[1].fields[3] (id "goal").min`) and one plain sentence
 * from the shared error map. Content-blind: it knows schemas and positions, not guidebooks.
 */

/** One thing wrong in one file. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number | undefined;
  col?: number | undefined;
  /** The field path, formatted; empty for the whole file. */
  where: string;
  reason: string;
}

/** `file:line:col: where: reason`, the form editors and terminals make clickable. */
export function formatProblem(p: Problem): string {
  const at = p.line ? `:${p.line}:${p.col ?? 1}` : '';
  return `${p.file}${at}: ${p.where ? `${p.where}: ` : ''}${p.reason}`;
}

/**
 * The error that stops a build: a heading and one line per problem. `problems` keeps the lines
 * for tests and for callers that collect problems of several files before throwing.
 */
export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: readonly (string | Problem)[], heading = 'Content is not valid') {
    const lines = problems.map((p) => (typeof p === 'string' ? p : formatProblem(p)));
    super(`${heading}:\n${lines.map((p) => `  ${p}`).join('\n')}`);
    this.problems = lines;
    this.name = 'DataError';
    // The engine's own lines mean nothing to an author, and Astro prints a stack under every error
    // that has one: without it, the message is all that is printed (unless GUIDEBOOK_DEBUG is set).
    if (!showEngineStack()) this.stack = '';
  }
}

/**
 * Should errors about an author's files carry the engine's stack trace? Only when asked for, with
 * `GUIDEBOOK_DEBUG=1` (or `DEBUG=guidebook`): for whoever works on the engine. Errors that are not
 * an author's mistake (a bug in the engine) are never stripped and always show their stack.
 */
export function showEngineStack(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  return (
    (env.GUIDEBOOK_DEBUG !== undefined && !['', '0', 'false'].includes(env.GUIDEBOOK_DEBUG)) ||
    /(?:^|[\s,])(?:guidebook\b|\*)/.test(env.DEBUG ?? '')
  );
}

/**
 * One mistake in one of an author's files, as one line: `file:line:col: field: reason`. Astro prints
 * an error's message, then its location and stack trace if it has them; this has neither, so the
 * line is all that is printed. With GUIDEBOOK_DEBUG set it keeps the stack of the error it stands
 * for (`cause`), for debugging the engine.
 */
export class AuthorError extends Error {
  constructor(message: string | Problem, cause?: unknown) {
    super(typeof message === 'string' ? message : formatProblem(message));
    this.name = 'AuthorError';
    if (!showEngineStack()) this.stack = '';
    else if (cause instanceof Error && cause.stack)
      this.stack = `${this.message}\n${cause.stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n')}`;
  }
}

/** `['sections', 1, 'fields', 3, 'min']` → `sections[1].fields[3].min` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * The path with the `id` of the nearest object named after it: `sections[1].fields[3] (id "goal").min`,
 * so the author finds the field by the name they gave it.
 */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let found: { at: number; id: string } | undefined;
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[path[i] as PropertyKey];
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      found = { at: i, id: (node as { id: string }).id };
    }
  }
  if (!found) return formatPath(path);
  const tail = formatPath(path.slice(found.at + 1));
  return `${formatPath(path.slice(0, found.at + 1))} (id "${found.id}")${tail ? (tail.startsWith('[') ? tail : `.${tail}`) : ''}`;
}

/** Where a path points in a parsed YAML document: the key of the last step if asked, else its value. */
export function positionOf(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key?: string,
): { line: number; col: number } | undefined {
  const full = key === undefined ? path : [...path, key];
  // The deepest node on the path that exists in the file (a missing key points at its parent).
  for (let n = full.length; n >= 0; n--) {
    const parent = n === 0 ? undefined : n === 1 ? doc.contents : doc.getIn(full.slice(0, n - 1), true);
    let node: unknown = n === 0 ? doc.contents : undefined;
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === full[n - 1]);
      // A key names itself best by its own position; a value by the value's (or its key's, when empty).
      node = pair && (n === full.length && key !== undefined ? pair.key : (pair.value ?? pair.key));
    } else if (n > 0) {
      node = doc.getIn(full.slice(0, n), true);
    }
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]);
  }
  return undefined;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export interface ParseOptions<T = unknown> {
  /** Lines before the text in its file (a frontmatter block starts after its `---` line). */
  lineOffset?: number;
  /** What an empty file lacks, for the message: "a worksheet needs id, version …". */
  emptyHint?: string;
  /** Checks of the parsed data beyond the schema (e.g. texts against the site's locales), placed by path. */
  check?: (data: T) => readonly PlacedIssue[];
}

/** A problem at a path of the data: a zod issue, or one a later check found. */
export interface PlacedIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
}

/**
 * Parses YAML or JSON text (JSON is YAML) and validates it with a zod schema through the shared
 * error map. Problems come back instead of being thrown, so a caller can report every file at once.
 */
export function parseData<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  options: ParseOptions<z.output<S>> = {},
): Parsed<z.output<S>> {
  const offset = options.lineOffset ?? 0;
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      // The first syntax error only: the parser's later ones are mostly its confusion about it.
      problems: doc.errors.slice(0, 1).map((e) => ({
        file,
        line: e.linePos?.[0] ? e.linePos[0].line + offset : undefined,
        col: e.linePos?.[0]?.col,
        where: '',
        reason: `invalid ${/\.json$/.test(file) ? 'JSON' : 'YAML'}: ${yamlReason(e.message)}`,
      })),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    return {
      ok: false,
      problems: [{ file, where: '', reason: `the file is empty${options.emptyHint ? `; ${options.emptyHint}` : ''}` }],
    };
  }
  const result = schema.safeParse(data, { error: errorMap });
  const issues = result.success ? (options.check?.(result.data) ?? []) : result.error.issues;
  if (result.success && issues.length === 0) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: issueProblems(file, data, issues, (p, k) => positionOf(doc, lines, p, k), offset),
  };
}

/**
 * Problems of a failed parse, placed with `locate` (path, and the unknown key if it is about one).
 * A missing key that an unknown key's "did you mean" names is left out: it is the same mistake.
 */
export function issueProblems(
  file: string,
  data: unknown,
  issues: readonly PlacedIssue[],
  locate: (path: readonly PropertyKey[], key?: string) => { line: number; col: number } | undefined,
  lineOffset = 0,
): Problem[] {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const [, key] of issue.message.matchAll(/did you mean "([^"]+)"/g))
      meant.add(formatPath([...issue.path, key as string]));
  }
  return issues
    .filter((issue) => !(issue.message.startsWith(MISSING) && meant.has(formatPath(issue.path))))
    .map((issue) => {
      const key = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
      const at = locate(issue.path, key);
      return {
        file,
        line: at ? at.line + lineOffset : undefined,
        col: at?.col,
        where: describePath(data, key === undefined ? issue.path : [...issue.path, key]),
        reason: issue.message,
      };
    });
}

/** The first line of a YAML parser message, without its trailing colon and position. */
function yamlReason(message: string): string {
  const first = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
  // `title: [Draft] Roles`: YAML reads a value that starts with [ or { as a list or a mapping.
  return /^Flow (?:sequence|mapping)\b/.test(first)
    ? `${first}; a value that starts with [ or { is read as a list or a mapping: to write it as text, put it in quotes ("…")`
    : first;
}
