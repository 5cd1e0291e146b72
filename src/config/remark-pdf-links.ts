import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** The project root of a page: the folder that holds content/docs/. */
function projectRoot(file: VFile): string {
  const full = file.path ?? '';
  const at = full.lastIndexOf(`${path.sep}content${path.sep}docs${path.sep}`);
  return at >= 0 ? full.slice(0, at) : process.cwd();
}

/**
 * Remark plugin: `<PdfLink worksheet="id" />` must name a worksheet file and
 * `<PdfLink material="slug" />` a material of the site config. Fails with file and line before
 * anything is rendered.
 */
export function remarkPdfLinks(options: { materials: readonly string[] }) {
  return (tree: Root, file: VFile) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as unknown as JsxNode;
      if (element.name !== 'PdfLink') return;
      const attr = (name: string) =>
        element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const worksheet = attr('worksheet');
      const material = attr('material');
      const root = projectRoot(file);
      const where = `${path.relative(root, file.path ?? '')}${node.position ? `:${node.position.start.line}:${node.position.start.column}` : ''}`;
      let problem: string | undefined;
      if ((worksheet === undefined) === (material === undefined)) {
        problem = '<PdfLink> needs exactly one of worksheet="id" or material="slug"';
      } else if (typeof worksheet === 'string') {
        const dir = path.join(root, 'content/worksheets');
        if (!existsSync(path.join(dir, `${worksheet}.yaml`)) && !existsSync(path.join(dir, `${worksheet}.yml`))) {
          problem = `<PdfLink worksheet="${worksheet}" />: no worksheet "${worksheet}" (expected a file content/worksheets/${worksheet}.yaml)`;
        }
      } else if (typeof material === 'string' && !options.materials.includes(material)) {
        problem = `<PdfLink material="${material}" />: "${material}" is not a material in site.config.ts (one of: ${options.materials.join(', ')})`;
      }
      if (problem) file.fail(`${where}: ${problem}`, node);
    });
  };
}
