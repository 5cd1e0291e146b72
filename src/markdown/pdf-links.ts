import { existsSync } from 'node:fs';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { contentError, jsxAttribute, type Positioned, pageFile, worksheetFileExists } from './source.ts';

interface JsxNode extends Positioned {
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/**
 * mdast plugin: `<PdfLink worksheet="id" />` must name a worksheet file and
 * `<PdfLink material="slug" />` a material of the site config. Fails with file and line before
 * anything is rendered.
 */
export function pdfLinks(options: { materials: readonly string[] }): MdastPluginDefinition {
  const check = (node: JsxNode, ctx: { fileURL: URL | undefined }) => {
    if (node.name !== 'PdfLink') return;
    const worksheet = jsxAttribute(node, 'worksheet');
    const material = jsxAttribute(node, 'material');
    let problem: string | undefined;
    if ((worksheet === undefined) === (material === undefined)) {
      problem = '<PdfLink> needs exactly one of worksheet="id" or material="slug"';
    } else if (typeof worksheet === 'string') {
      if (!worksheetFileExists(pageFile(ctx.fileURL).root, worksheet, existsSync)) {
        problem = `<PdfLink worksheet="${worksheet}" />: no worksheet "${worksheet}" (expected a file content/worksheets/${worksheet}.yaml)`;
      }
    } else if (typeof material === 'string' && !options.materials.includes(material)) {
      problem = `<PdfLink material="${material}" />: "${material}" is not a material in site.config.ts (one of: ${options.materials.join(', ')})`;
    }
    if (problem) throw contentError(ctx.fileURL, node, problem);
  };
  return defineMdastPlugin({
    name: 'guidebook-pdf-links',
    options: { position: true },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}
