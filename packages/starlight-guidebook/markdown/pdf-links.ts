import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MdastPluginDefinition } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { componentCheck, jsxAttribute, worksheetFileExists } from './source.ts';

/** content/docs/<slug>.mdx (or <slug>/index.mdx), if it exists. */
function pageFile(root: string, slug: string): string | undefined {
  const docs = path.join(root, 'content/docs');
  if (!/^[\w-]+(\/[\w-]+)*$/.test(slug)) return undefined;
  return [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`].map((f) => path.join(docs, f)).find((f) => existsSync(f));
}

/** Parts a page's frontmatter makes into hand-outs (`pagePdf: [{ part: … }]`, pdf/mdx/handouts.ts). */
function handoutParts(file: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  const option = frontmatter ? (parseYaml(frontmatter) as { pagePdf?: unknown } | null)?.pagePdf : undefined;
  return Array.isArray(option) ? option.map((p) => String((p as { part?: unknown }).part)) : [];
}

/** A page, or a part of a page made into a hand-out (`<page>/<part>`). */
function pageOrPartExists(root: string, slug: string): boolean {
  if (pageFile(root, slug)) return true;
  const parent = pageFile(root, slug.replace(/\/[^/]+$/, ''));
  return parent !== undefined && handoutParts(parent).includes(slug.split('/').at(-1) ?? '');
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
    if (typeof page === 'string' && !pageOrPartExists(root, page)) {
      return `<PdfLink page="${page}" />: no page "${page}" (expected a file content/docs/${page}.mdx, or a page whose frontmatter pagePdf lists the part "${page.split('/').at(-1)}")`;
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
