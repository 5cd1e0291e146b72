/**
 * mdast plugin: every `<Worksheet id="..." />` in MDX must name a worksheet that exists in
 * content/worksheets/. A wrong id fails the build like a compiler error: file, line, column, id.
 */
import { existsSync } from 'node:fs';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { contentError, jsxAttribute, type Positioned, pageFile, worksheetFileExists } from './source.ts';

interface JsxNode extends Positioned {
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** The problem with one element, or undefined when it is fine. */
export function checkWorksheetElement(node: JsxNode, exists: (id: string) => boolean): string | undefined {
  const id = jsxAttribute(node, 'id');
  if (id === undefined) return '<Worksheet> needs an id attribute, e.g. <Worksheet id="oma-tilanne-nyt" />';
  if (typeof id !== 'string') {
    return '<Worksheet id> must be a plain string, e.g. id="oma-tilanne-nyt", so the build can check it';
  }
  if (!exists(id)) {
    return `<Worksheet id="${id}" />: no worksheet "${id}" (expected a file content/worksheets/${id}.yaml)`;
  }
  return undefined;
}

export function worksheetIds(): MdastPluginDefinition {
  const check = (node: JsxNode, ctx: { fileURL: URL | undefined }) => {
    if (node.name !== 'Worksheet') return;
    const { root } = pageFile(ctx.fileURL);
    const problem = checkWorksheetElement(node, (id) => worksheetFileExists(root, id, existsSync));
    if (problem) throw contentError(ctx.fileURL, node, problem);
  };
  return defineMdastPlugin({
    name: 'guidebook-worksheet-ids',
    options: { position: true },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}
