import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { unified } from 'unified';
import { definedNames } from './mdx-components.ts';
import { contentError, type JsxElement, type Positioned } from './source.ts';

/** Names an MDX page has without importing them: its frontmatter, its props and JavaScript's globals. */
const alwaysDefined = new Set([
  'frontmatter',
  'props',
  'Astro',
  'arguments',
  'undefined',
  ...Object.getOwnPropertyNames(globalThis),
]);

/** An ESTree node, as acorn gives it through remark-mdx. */
interface EsNode {
  type: string;
  start?: number;
  name?: string;
  [key: string]: unknown;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** The JavaScript program of an expression (`{…}`) or of import/export lines, or nothing if it does not parse. */
function program(code: string, kind: 'expression' | 'esm'): EsNode | undefined {
  try {
    const tree = mdxParser.parse(kind === 'expression' ? `{${code}}` : code) as {
      children: { type: string; data?: { estree?: EsNode } }[];
    };
    return tree.children.find((c) => c.data?.estree)?.data?.estree;
  } catch {
    // MDX reports a syntax error itself, with the file and line.
    return undefined;
  }
}

const skipKeys = new Set(['type', 'start', 'end', 'loc', 'range', 'comments']);

/** Every node under `node`, with its parent and the key it is under. */
function walk(node: EsNode, visit: (node: EsNode, parent: EsNode | undefined, key: string) => void): void {
  const stack: [EsNode, EsNode | undefined, string][] = [[node, undefined, '']];
  while (stack.length > 0) {
    const [current, parent, key] = stack.pop() as [EsNode, EsNode | undefined, string];
    visit(current, parent, key);
    for (const [childKey, child] of Object.entries(current)) {
      if (skipKeys.has(childKey)) continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && typeof (item as EsNode).type === 'string')
          stack.push([item as EsNode, current, childKey]);
      }
    }
  }
}

/** Names a pattern binds (`a`, `{ a, b: c }`, `[d, ...e]`, `f = 1`). */
function boundNames(pattern: unknown, into: Set<string>): void {
  const node = pattern as EsNode | null | undefined;
  if (!node) return;
  if (node.type === 'Identifier' && node.name) into.add(node.name);
  else if (node.type === 'ObjectPattern')
    for (const p of node.properties as EsNode[]) boundNames(p.type === 'RestElement' ? p.argument : p.value, into);
  else if (node.type === 'ArrayPattern') for (const e of node.elements as EsNode[]) boundNames(e, into);
  else if (node.type === 'RestElement') boundNames(node.argument, into);
  else if (node.type === 'AssignmentPattern') boundNames(node.left, into);
}

/** Names the top of an MDX page brings into scope: imports and exports, however they are written. */
export function esmNames(esm: string): Set<string> {
  const names = definedNames(esm);
  const tree = program(esm, 'esm');
  for (const statement of (tree?.body as EsNode[] | undefined) ?? []) {
    const declaration = (statement.type.startsWith('Export') ? statement.declaration : statement) as EsNode | null;
    for (const specifier of (statement.specifiers as EsNode[] | undefined) ?? [])
      if (statement.type === 'ImportDeclaration') boundNames(specifier.local, names);
    if (!declaration) continue;
    if (declaration.type === 'VariableDeclaration')
      for (const d of declaration.declarations as EsNode[]) boundNames(d.id, names);
    else boundNames(declaration.id, names);
  }
  return names;
}

/**
 * The names an expression reads that it does not bind itself (`{coach.name.toUpperCase()}` reads
 * `coach`; `{list.map((item) => item.title)}` reads `list`), each with its offset in the
 * expression. A name bound anywhere in the expression counts as bound everywhere in it: the check
 * must never fail a page that works.
 */
export function freeNames(expression: string): { name: string; offset: number }[] {
  const tree = program(expression, 'expression');
  if (!tree) return [];
  const bound = new Set<string>();
  walk(tree, (node) => {
    if (/Function/.test(node.type)) {
      boundNames(node.id, bound);
      for (const param of (node.params as EsNode[] | undefined) ?? []) boundNames(param, bound);
    } else if (node.type === 'VariableDeclarator') boundNames(node.id, bound);
    else if (node.type === 'CatchClause') boundNames(node.param, bound);
    else if (node.type === 'ClassExpression' || node.type === 'ClassDeclaration') boundNames(node.id, bound);
  });
  const free: { name: string; offset: number }[] = [];
  walk(tree, (node, parent, key) => {
    if (node.type !== 'Identifier' || !node.name || bound.has(node.name)) return;
    const computed = parent?.computed === true;
    if (parent?.type === 'MemberExpression' && key === 'property' && !computed) return;
    if (
      (parent?.type === 'Property' || /Method|PropertyDefinition/.test(parent?.type ?? '')) &&
      key === 'key' &&
      !computed
    )
      return;
    if (/Labeled|Break|Continue/.test(parent?.type ?? '') && key === 'label') return;
    if (parent?.type === 'MetaProperty') return;
    // `typeof x` reads nothing that could fail.
    if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') return;
    // The wrapping `{` is at offset 0 of what was parsed.
    free.push({ name: node.name, offset: (node.start ?? 1) - 1 });
  });
  return free.sort((a, b) => a.offset - b.offset);
}

/**
 * The name an expression reads first, when the expression is only a name or a chain of properties
 * (`{coachName}`, `{frontmatter.title}`): the common mistake of braces meant as text.
 */
export function leadingName(expression: string): string | undefined {
  const code = expression.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return /^([A-Za-z_$][\w$]*)(?:\??\.[A-Za-z_$][\w$]*)*$/.exec(code)?.[1];
}

/** A name an expression reads, where it is in the file, and the expression (when more than the name). */
interface Use {
  name: string;
  node: Positioned;
  expression?: string;
}

/**
 * Where `offset` characters into an expression are, when the expression's text starts at `start`.
 * The parser gives an expression's later lines without their indentation: `indent` says how deep
 * a line of the file is indented.
 */
function placeIn(
  expression: string,
  offset: number,
  start: { line: number; column: number },
  indent: (line: number) => number,
) {
  const before = expression.slice(0, offset);
  const newline = before.lastIndexOf('\n');
  const line = start.line + before.split('\n').length - 1;
  return { line, column: newline < 0 ? start.column + offset : indent(line) + offset - newline };
}

/** The names an expression reads, placed in the file; `start` is where its text starts (after `{`), if known. */
function uses(
  value: string,
  node: Positioned,
  start: { line: number; column: number } | undefined,
  indent: (line: number) => number,
): Use[] {
  const name = leadingName(value);
  if (name) return [{ name, node: { position: node.position } }];
  return freeNames(value).map((free) => ({
    name: free.name,
    node: start ? { position: { start: placeIn(value, free.offset, start, indent) } } : { position: node.position },
    expression: value.trim().replace(/\s+/g, ' '),
  }));
}

/**
 * mdast plugin: a name an MDX expression reads (`{coachName}`, `{coachName()}`, `title={data.x}`)
 * must be defined by the page. MDX itself notices only when the page renders, with a
 * ReferenceError under the page's address and a line of generated code; this fails the build
 * with the file, the real line and column, and the name.
 */
export function mdxExpressions(): MdastPluginEntry {
  return ({ sourceFormat, source }) => {
    if (sourceFormat !== 'mdx') return undefined;
    const names = new Set<string>();
    const used: Use[] = [];
    let lines: string[] | undefined;
    const indent = (line: number) => {
      lines ??= source.split('\n');
      return /^[ \t>]*/.exec(lines[line - 1] ?? '')?.[0].length ?? 0;
    };
    const expression = (node: { value: string } & Positioned) => {
      const at = node.position?.start;
      used.push(...uses(node.value, node, at && { line: at.line, column: at.column + 1 }, indent));
    };
    const element = (node: JsxElement) => {
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value as { type?: string; value?: string } | undefined;
        if (attribute.type !== 'mdxJsxAttribute' || value?.type !== 'mdxJsxAttributeValueExpression') continue;
        used.push(...uses(value.value ?? '', node, undefined, indent));
      }
    };
    return defineMdastPlugin({
      name: 'guidebook-mdx-expressions',
      options: { position: true },
      mdxjsEsm(node) {
        for (const name of esmNames(node.value)) names.add(name);
      },
      mdxFlowExpression: expression,
      mdxTextExpression: expression,
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      after(_root, ctx) {
        for (const { name, node, expression: code } of used) {
          if (names.has(name) || alwaysDefined.has(name)) continue;
          const shown = code && code.length > 40 ? `${code.slice(0, 39)}…` : code;
          throw contentError(
            ctx.fileURL,
            node,
            code
              ? `${name} is not defined on this page (in {${shown}}): MDX reads text in curly braces as JavaScript; define ${name} with an import or export at the top of the page, or to show the braces as text write \\{ and \\}`
              : `{${name}} is not defined on this page: MDX reads text in curly braces as JavaScript; to show the braces as text write \\{${name}\\}, or define ${name} with an import or export at the top of the page`,
          );
        }
      },
    });
  };
}
