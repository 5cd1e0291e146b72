import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MdastPluginDefinition } from 'satteri';
import { componentCheck, jsxAttribute, worksheetFileExists } from './source.ts';

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
  return componentCheck('guidebook-pdf-links', 'PdfLink', (node, root) => {
    const worksheet = jsxAttribute(node, 'worksheet');
    const material = jsxAttribute(node, 'material');
    const page = jsxAttribute(node, 'page');
    if ([worksheet, material, page].filter((v) => v !== undefined).length !== 1) {
      return '<PdfLink> needs exactly one of worksheet="id", material="slug" or page="material/page"';
    }
    if (typeof page === 'string' && !pageFileExists(root, page)) {
      return `<PdfLink page="${page}" />: no page "${page}" (expected a file content/docs/${page}.mdx)`;
    }
    if (typeof worksheet === 'string' && !worksheetFileExists(root, worksheet)) {
      return `<PdfLink worksheet="${worksheet}" />: no worksheet "${worksheet}" (expected a file content/worksheets/${worksheet}.yaml)`;
    }
    if (typeof material === 'string' && !options.materials.includes(material)) {
      return `<PdfLink material="${material}" />: "${material}" is not a material in site.config.ts (one of: ${options.materials.join(', ')})`;
    }
    return undefined;
  });
}
