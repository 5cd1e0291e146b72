import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { contentError, jsxAttribute, type Positioned, pageFile, worksheetFileExists } from './source.ts';

interface JsxNode extends Positioned {
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** Does content/docs/<slug>.mdx (or <slug>/index.mdx) exist? */
function pageFileExists(root: string, slug: string): boolean {
  const docs = path.join(root, 'content/docs');
  return (
    /^[\w-]+(\/[\w-]+)*$/.test(slug) &&
    [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`].some((f) => existsSync(path.join(docs, f)))
  );
}

/**
 * mdast plugin: `<PdfLink worksheet="id" />` must name a worksheet file,
 * `<PdfLink material="slug" />` a material of the site config, and `<PdfLink page="slug" />` a page.
 * Fails with file and line before anything is rendered.
 */
export function pdfLinks(options: { materials: readonly string[] }): MdastPluginDefinition {
  const check = (node: JsxNode, ctx: { fileURL: URL | undefined }) => {
    if (node.name !== 'PdfLink') return;
    const worksheet = jsxAttribute(node, 'worksheet');
    const material = jsxAttribute(node, 'material');
    const page = jsxAttribute(node, 'page');
    let problem: string | undefined;
    if ([worksheet, material, page].filter((v) => v !== undefined).length !== 1) {
      problem = '<PdfLink> needs exactly one of worksheet="id", material="slug" or page="material/page"';
    } else if (typeof page === 'string' && !pageFileExists(pageFile(ctx.fileURL).root, page)) {
      problem = `<PdfLink page="${page}" />: no page "${page}" (expected a file content/docs/${page}.mdx)`;
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
