import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { withBase } from '../config/base-path.ts';

const urlAttributes = new Set(['href', 'src']);

/** Frontmatter links the links validator reads (Starlight's hero actions). */
function prefixFrontmatter(data: unknown, base: string): void {
  const hero = (data as { hero?: { actions?: { link?: unknown }[] } } | undefined)?.hero;
  for (const action of hero?.actions ?? []) {
    if (typeof action.link === 'string') action.link = withBase(base, action.link);
  }
}

/**
 * hast plugin: adds the base to root-relative `href`/`src` in Markdown and in MDX components.
 * It must come before the links validator's own plugin, so that checks the addresses as served.
 */
export function baseLinks(options: { base: string }): HastPluginEntry {
  const { base } = options;
  if (base === '/' || base === '') return undefined;
  // On an MDX element, satteri's setProperty sets the attribute of that name.
  const prefixJsx = {
    filter: [],
    visit(
      node: { attributes: readonly { type: string; name?: string; value?: unknown }[] },
      ctx: { setProperty: (node: never, key: string, value: unknown) => void },
    ) {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (urlAttributes.has(attribute.name ?? '')) {
          ctx.setProperty(node as never, attribute.name as string, withBase(base, attribute.value));
        }
      }
    },
  };
  return defineHastPlugin({
    name: 'guidebook-base-links',
    before(_root, ctx) {
      prefixFrontmatter(ctx.data.astro?.frontmatter, base);
    },
    element: {
      filter: [],
      visit(node, ctx) {
        for (const name of ['href', 'src'] as const) {
          const value = node.properties[name];
          if (typeof value === 'string') ctx.setProperty(node, name, withBase(base, value));
        }
      },
    },
    mdxJsxFlowElement: prefixJsx,
    mdxJsxTextElement: prefixJsx,
  });
}
