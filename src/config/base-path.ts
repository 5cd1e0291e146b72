import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Authors write internal links root-relative (`/guide/roles/`), whatever the site's sub-path.
 * These helpers put the configured base in front, so the same content works at `/` and under
 * `/some/sub-path/` (GitHub Pages project sites, a folder on a shared host).
 */
export function withBase(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/' || base === '') return url;
  return `${base.replace(/\/+$/, '')}${url}`;
}

type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: JsxAttribute[] };

const urlAttributes = new Set(['href', 'src']);

/** Frontmatter links the links validator reads (Starlight's hero actions). */
function prefixFrontmatter(data: unknown, base: string): void {
  const hero = (data as { hero?: { actions?: { link?: unknown }[] } } | undefined)?.hero;
  for (const action of hero?.actions ?? []) {
    if (typeof action.link === 'string') action.link = withBase(base, action.link);
  }
}

/** Rehype plugin: adds the base to root-relative `href`/`src` in Markdown and in MDX components. */
export function rehypeBaseLinks(options: { base: string }) {
  const { base } = options;
  return (tree: Root, file: { data: { astro?: { frontmatter?: unknown } } }) => {
    if (base === '/' || base === '') return;
    prefixFrontmatter(file.data.astro?.frontmatter, base);
    visit(tree, (node) => {
      if (node.type === 'element') {
        const element = node as Element;
        for (const name of ['href', 'src'] as const) {
          const value = element.properties[name];
          if (typeof value === 'string') element.properties[name] = withBase(base, value);
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of (node as unknown as JsxNode).attributes) {
          if (
            attribute.type === 'mdxJsxAttribute' &&
            urlAttributes.has(attribute.name ?? '') &&
            typeof attribute.value === 'string'
          ) {
            attribute.value = withBase(base, attribute.value);
          }
        }
      }
    });
  };
}
