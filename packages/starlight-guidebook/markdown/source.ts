import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';

/** Where a node starts, as satteri gives it when a plugin asks for positions. */
export interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/** The page being compiled: its path and its project root (the folder that holds content/docs/). */
export function pageFile(fileURL: URL | undefined): { file: string; root: string } {
  const file = fileURL ? fileURLToPath(fileURL) : '';
  const at = file.lastIndexOf(`${path.sep}content${path.sep}docs${path.sep}`);
  return { file, root: at >= 0 ? file.slice(0, at) : process.cwd() };
}

/**
 * A content error that reads like a compiler error: `content/docs/page.mdx:12:1: reason`.
 * Thrown from a plugin, it stops the build with this message.
 */
export function contentError(fileURL: URL | undefined, node: Positioned, reason: string): Error {
  const { file, root } = pageFile(fileURL);
  const where = file ? path.relative(root, file) : 'MDX';
  const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
  const error = new Error(`${where}${at}: ${reason}`);
  // Astro's MDX plugin reports `line` and `column` as the error's location (else 0:0).
  return Object.assign(error, { line: node.position?.start.line, column: node.position?.start.column });
}

/** An MDX element as the checks read it. */
export interface JsxElement extends Positioned {
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** A string attribute of an MDX element, or the value as MDX gives it (an expression object). */
export function jsxAttribute(node: JsxElement, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

/** Is there a worksheet file for `id` (content/worksheets/<id>.yaml or .yml)? */
export function worksheetFileExists(root: string, id: string): boolean {
  const dir = path.join(root, 'content/worksheets');
  return (
    /^[a-z0-9][a-z0-9-]*$/.test(id) &&
    (existsSync(path.join(dir, `${id}.yaml`)) || existsSync(path.join(dir, `${id}.yml`)))
  );
}

/**
 * An mdast plugin that checks every `<component …>` of a page, block or inline: `problemOf` says
 * what is wrong with one (given the project root), and the build stops there with file and line.
 */
export function componentCheck(
  name: string,
  component: string,
  problemOf: (node: JsxElement, root: string) => string | undefined,
): MdastPluginDefinition {
  const check = (node: JsxElement, ctx: { fileURL: URL | undefined }) => {
    if (node.name !== component) return;
    const problem = problemOf(node, pageFile(ctx.fileURL).root);
    if (problem) throw contentError(ctx.fileURL, node, problem);
  };
  return defineMdastPlugin({ name, options: { position: true }, mdxJsxFlowElement: check, mdxJsxTextElement: check });
}
