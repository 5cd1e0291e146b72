/**
 * Remark plugin: every `<Worksheet id="..." />` in MDX must name a worksheet that exists in
 * content/worksheets/. A wrong id fails the build like a compiler error: file, line, column, id.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface Options {
  /** Project root; defaults to the folder that holds the page's content/docs/. */
  root?: string;
  /** Folder of the worksheet files, relative to the root. */
  folder?: string;
  /** Name of the component to check. */
  component?: string;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/** The problem with one element, or undefined when it is fine. */
export function checkWorksheetElement(node: JsxNode, exists: (id: string) => boolean): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (!attr) return '<Worksheet> needs an id attribute, e.g. <Worksheet id="oma-tilanne-nyt" />';
  if (typeof attr.value !== 'string') {
    return '<Worksheet id> must be a plain string, e.g. id="oma-tilanne-nyt", so the build can check it';
  }
  if (!exists(attr.value)) {
    return `<Worksheet id="${attr.value}" />: no worksheet "${attr.value}" (expected a file content/worksheets/${attr.value}.yaml)`;
  }
  return undefined;
}

/** The project root of a page: the folder that holds content/docs/ (any --root works). */
function rootOf(file: VFile): string | undefined {
  const full = file.path ?? '';
  const at = full.lastIndexOf(`${path.sep}content${path.sep}docs${path.sep}`);
  return at >= 0 ? full.slice(0, at) : undefined;
}

export function remarkWorksheetIds(options: Options = {}) {
  const name = options.component ?? 'Worksheet';
  return (tree: Root, file: VFile) => {
    const root = options.root ?? rootOf(file) ?? process.cwd();
    const dir = path.join(root, options.folder ?? 'content/worksheets');
    const exists = (id: string) =>
      /^[a-z0-9][a-z0-9-]*$/.test(id) &&
      (existsSync(path.join(dir, `${id}.yaml`)) || existsSync(path.join(dir, `${id}.yml`)));
    visit(tree, (node) => {
      const n = node as unknown as JsxNode;
      if ((n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') || n.name !== name) return;
      const problem = checkWorksheetElement(n, exists);
      if (!problem) return;
      const where = file.path ? path.relative(root, file.path) : 'MDX';
      const at = n.position ? `:${n.position.start.line}:${n.position.start.column}` : '';
      file.fail(`${where}${at}: ${problem}`, node);
    });
  };
}
