import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Plugin } from 'vite';
import { AuthorError } from '../schemas/data-file.ts';
import { nearest } from '../schemas/nearest.ts';

/**
 * What an author's mistake in an MDX page looks like when Astro's MDX compiler or Rolldown finds
 * it: the MDX parser's messages (`7:1: Expected a closing tag for \`<div>\` (7:1)
 * (mdx-jsx:unexpected-character)`) under a `Location:` line and the compiler's stack trace, and
 * Rolldown's unresolved imports and missing exports framed in the generated code (line 18 for an
 * image on line 5). This module turns each into one line in the form of every other content
 * error, `content/docs/page.mdx:7:1: reason`, with the author's own line and no stack.
 */

/** `/abs/site/content/docs/a.mdx?x` → `content/docs/a.mdx`, relative to the project, forward slashes. */
export function projectPath(root: string, id: string): string {
  const file = id.replace(/[?#].*$/, '');
  const relative = path.relative(root, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

const braceHint = 'MDX reads text in curly braces as JavaScript; to show a brace as text, write \\{';

/** `` `x` `` → `"x"`; a quoted tag (`` `<div>` ``) stays bare; a lone quote character in quotes. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, (_, inner: string) => (/^<\/?[\w.:-]*>$/.test(inner) ? inner : `"${inner}"`));
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

type Place = (line: string, column: string) => string;

/**
 * The MDX parser's messages an author meets most, each as a plain reason and what to write
 * instead. `place` says where a second tag is (" (line 3)"), or nothing when it is the same place.
 */
const mdxRewrites: [RegExp, (m: RegExpExecArray, place: Place) => string][] = [
  [
    /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/,
    ([, name = '', l = '', c = ''], place) =>
      `<${name}>${place(l, c)} is never closed: close it with </${name}>, or write <${name} /> if it has no content (MDX needs every tag closed)`,
  ],
  [
    /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/,
    ([, closing = '', open = '', l = '']) =>
      `</${closing}> does not match the open tag <${open}> (line ${l}): close <${open}> first, with </${open}>`,
  ],
  [
    /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/,
    ([, closing = '']) => `</${closing}> closes a tag that is not open: remove it, or add <${closing}> before it`,
  ],
  [
    /^Unexpected character `!` \(U\+0021\) before name/,
    () => 'MDX has no HTML comments (<!-- … -->): write a comment as {/* … */}',
  ],
  [
    /^Unexpected character after `<`, expected a valid JSX tag/,
    () =>
      'MDX reads "<" as the start of a tag, and no tag starts here: to show "<" as text, write \\<; write a link as [text](address)',
  ],
  [
    /^Unexpected end of file in expression, expected a corresponding closing brace/,
    () => `a "{" is never closed with "}": ${braceHint}`,
  ],
  [
    /^Could not parse expression with oxc: (.*)$/s,
    ([, detail = '']) => `the JavaScript in curly braces is not valid (${lowerFirst(plain(detail))}): ${braceHint}`,
  ],
  [
    /^Could not parse esm with oxc: (.*)$/s,
    ([, detail = '']) =>
      `the import or export at the top of the page is not valid JavaScript (${lowerFirst(plain(detail))})`,
  ],
];

/**
 * The MDX parser's message (markdown-rs, as satteri gives it) as one plain sentence without
 * Markdown: what is wrong, then what to write instead. `line`/`column` are where it is, in the
 * author's file (the parser counts the frontmatter's lines too).
 */
export function plainMdxMessage(
  message: string,
): { line: number | undefined; column: number | undefined; reason: string } | undefined {
  const at = /^(\d+):(\d+):\s*/.exec(message);
  const rule = /\s*\(([\w-]+):([\w-]+)\)\s*$/.exec(message);
  // Not a parser message (an engine bug, or someone else's plugin): left as it is.
  if (!at && !rule) return undefined;
  const line = at ? Number(at[1]) : undefined;
  const column = at ? Number(at[2]) : undefined;
  const text = message.slice(at ? at[0].length : 0, rule ? rule.index : undefined).trim();
  const place: Place = (l, c) => (Number(l) === line && Number(c) === column ? '' : ` (line ${l})`);
  let reason: string | undefined;
  for (const [pattern, rewrite] of mdxRewrites) {
    const m = pattern.exec(text);
    if (m) {
      reason = rewrite(m, place);
      break;
    }
  }
  reason ??= lowerFirst(plain(text.replace(/ \((\d+):(\d+)\)/g, (_, l: string, c: string) => place(l, c)))).replace(
    / \(note: (.*)\)$/,
    '; $1',
  );
  return { line, column, reason: reason.replace(/\s+/g, ' ') };
}

/** Is this already one of the engine's content errors (`content/docs/x.mdx:5:1: …`)? */
const contentErrorLine = /^[^\s:][^:\n]*\.(?:mdx|md):\d+:\d+: /;

/**
 * An error of Astro's MDX compile step (the parser, or one of the engine's content checks that run
 * inside it) as an AuthorError; anything else (a bug) as it came, with its stack.
 */
export function mdxCompileError(root: string, id: string, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (contentErrorLine.test(error.message)) return new AuthorError(error.message.split('\n')[0] ?? '', error);
  const plainMessage = plainMdxMessage(error.message);
  if (!plainMessage) return error;
  const where = plainMessage.line ? `:${plainMessage.line}:${plainMessage.column ?? 1}` : '';
  return new AuthorError(`${projectPath(root, id)}${where}: ${plainMessage.reason}`, error);
}

/** Line and column (1-based) of the first of `needles` found in `source`, at the needle's `offset`. */
export function positionOf(
  source: string,
  needles: readonly string[],
  offset = 0,
): { line: number; column: number } | undefined {
  for (const needle of needles) {
    const at = source.indexOf(needle);
    if (at < 0) continue;
    const before = source.slice(0, at + offset);
    const line = before.split('\n').length;
    return { line, column: before.length - before.lastIndexOf('\n') };
  }
  return undefined;
}

const isRelative = (source: string) => /^\.{1,2}\//.test(source) || source.startsWith('/');

/**
 * An import of an MDX page that resolves to nothing: an `import` line, or a Markdown image (MDX
 * imports images too). Placed at the path in the author's file, not in the generated code.
 */
export function unresolvedImport(root: string, importer: string, source: string, text: string): AuthorError {
  const file = projectPath(root, importer);
  const image = /\.(?:png|jpe?g|gif|webp|avif|svg|tiff?)$/i.test(source);
  const at =
    positionOf(text, [`'${source}'`, `"${source}"`], 1) ??
    positionOf(text, [`](${source}`, `](<${source}>`], 2) ??
    positionOf(text, [source]);
  const where = at ? `${file}:${at.line}:${at.column}` : file;
  const looked = isRelative(source)
    ? ` (no file ${projectPath(root, source.startsWith('/') ? path.join(root, source) : path.resolve(path.dirname(importer.replace(/[?#].*$/, '')), source))})`
    : '';
  const reason = image
    ? `the image "${source}" does not exist${looked}: check the path, relative to this page, or put the image in public/ and write its address from the site's root (/images/…)`
    : isRelative(source)
      ? `"${source}" cannot be imported: there is no such file${looked}; the path is relative to this page`
      : `"${source}" cannot be imported: no installed package or file has that name; check the spelling, or install the package`;
  return new AuthorError(`${where}: ${reason}`);
}

/** An imported name that the module does not export (`import { Kortti } from '@astrojs/starlight/components'`). */
export function missingExport(
  root: string,
  importer: string,
  name: string,
  exporter: string,
  text: string,
  exported: readonly string[] = [],
): AuthorError {
  const file = projectPath(root, importer);
  // The import that names it, and the name's place in it.
  let at: { line: number; column: number } | undefined;
  let from = exporter.includes('/node_modules/')
    ? exporter.slice(exporter.lastIndexOf('/node_modules/') + '/node_modules/'.length)
    : projectPath(root, exporter);
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\2/g)) {
    const names = m[1] ?? '';
    const inside = new RegExp(`(^|[\\s,])${name.replace(/\$/g, '\\$')}(?=$|[\\s,])`).exec(names);
    if (!inside) continue;
    const offset = (m.index ?? 0) + m[0].indexOf('{') + 1 + inside.index + (inside[1]?.length ?? 0);
    const before = text.slice(0, offset);
    at = { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
    from = m[3] ?? from;
    break;
  }
  if (name === 'default') return missingDefault(file, exporter, text, exported);
  const suggestion = nearest(
    name,
    exported.filter((e) => e !== 'default'),
  );
  return new AuthorError(
    `${at ? `${file}:${at.line}:${at.column}` : file}: "${from}" has no export named ${name}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; check the name, and the path it is imported from`,
  );
}

/** One of Rolldown's errors, as its build error lists them. */
interface RolldownDiagnostic {
  kind?: string;
  code?: string;
  message?: string;
  /** The importing module. */
  id?: string;
  /** For an unresolved import: the path as written. */
  exporter?: string;
}

/** `import Card from 'x'` where x has no default export: named imports are meant. */
function missingDefault(file: string, exporter: string, text: string, exported: readonly string[]): AuthorError {
  const base = path.basename(exporter).replace(/\.[^.]+$/, '');
  const imports = [...text.matchAll(/import\s+([A-Za-z_$][\w$]*)\s*(?:,[^;]*?)?from\s*(['"])([^'"]+)\2/g)];
  const m = imports.find((i) => path.basename(i[3] ?? '').replace(/\.[^.]+$/, '') === base) ?? imports[0];
  const local = m?.[1] ?? '';
  const from = m?.[3] ?? base;
  const offset = m ? (m.index ?? 0) + m[0].indexOf(local, 6) : -1;
  const before = text.slice(0, Math.max(offset, 0));
  const where = m ? `${file}:${before.split('\n').length}:${offset - before.lastIndexOf('\n')}` : file;
  const named = exported.includes(local)
    ? local
    : nearest(
        local,
        exported.filter((e) => e !== 'default'),
      );
  return new AuthorError(
    `${where}: "${from}" has no default export${named ? `; import the name in braces: import { ${named} } from '${from}'` : "; import a name it exports, in braces: import { Name } from '…'"}`,
  );
}

/**
 * Rolldown's own errors (not a plugin's) come as diagnostics placed in the generated code: an
 * import that leads nowhere (an `import` line, or a Markdown image: MDX imports images too), a
 * name the imported module does not export. Thrown again as an AuthorError placed in the page.
 */
function authorDiagnostic(
  root: string,
  error: unknown,
  exportsOf: (id: string) => readonly string[] | undefined,
): void {
  for (const diagnostic of (error as { errors?: RolldownDiagnostic[] } | undefined)?.errors ?? []) {
    const kind = diagnostic.kind ?? diagnostic.code;
    const message = stripVTControlCharacters(diagnostic.message ?? '');
    const importer = diagnostic.id ?? '';
    if (!importer.endsWith('.mdx')) continue;
    if (kind === 'UNRESOLVED_IMPORT') {
      // `exporter` is the path as written ('../../components/Tip.astro').
      const source = diagnostic.exporter ?? /Could not resolve '([^']+)'/.exec(message)?.[1];
      if (!source) continue;
      throw unresolvedImport(root, importer, source.replace(/\?.*$/, ''), readFileSync(importer, 'utf8'));
    }
    if (kind === 'MISSING_EXPORT') {
      const [, name = '', exporter = ''] = /"([^"]+)" is not exported by "([^"]+)"/.exec(message) ?? [];
      if (!name) continue;
      const exporterId = path.resolve(root, exporter);
      throw missingExport(root, importer, name, exporterId, readFileSync(importer, 'utf8'), exportsOf(exporterId));
    }
  }
}

/**
 * Rolldown's log handler for the build: an import of an MDX page that resolves to nothing (a
 * package that is not installed) comes as a log, which Vite throws as an error of its own, with
 * the engine's stack and the absolute path. It is thrown as an AuthorError instead.
 */
export function authorLogHandler(root: string) {
  return (
    level: string,
    log: { code?: string; id?: string; exporter?: string },
    handler: (level: never, log: never) => void,
  ): void => {
    if (log.code === 'UNRESOLVED_IMPORT' && log.id?.endsWith('.mdx') && log.exporter)
      throw unresolvedImport(root, log.id, log.exporter.replace(/\?.*$/, ''), readFileSync(log.id, 'utf8'));
    handler(level as never, log as never);
  };
}

/**
 * The engine's Vite plugin for author errors in MDX pages: the MDX compile step's errors as one
 * line each, imports checked as they are resolved, missing exports named with the author's line.
 */
export function mdxBuildErrors(): Plugin {
  let root = process.cwd();
  const wrapped = new WeakSet<object>();
  return {
    name: 'guidebook-mdx-errors',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      // Astro's MDX plugin compiles each page; its errors come out with a location and a stack.
      const mdx = config.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const transform = mdx?.transform;
      if (!transform || typeof transform !== 'object' || wrapped.has(transform)) return;
      const handler = transform.handler;
      transform.handler = async function (this: unknown, ...args: Parameters<typeof handler>) {
        try {
          return await handler.apply(this as ThisParameterType<typeof handler>, args);
        } catch (error) {
          throw mdxCompileError(root, args[1], error);
        }
      };
      wrapped.add(transform);
    },
    buildEnd(error) {
      authorDiagnostic(root, error, (id) => this.getModuleInfo(id)?.exports);
    },
    // Missing exports are found when Rolldown links the modules, after buildEnd.
    renderError(error) {
      authorDiagnostic(root, error, (id) => this.getModuleInfo(id)?.exports);
    },
  };
}
